package no.ehelse.followup.reporting.goals;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.reporting.indicators.IndicatorAssessment.Classification;

@Schema(name = "GoalAssessment", description = "Whether the sector is on track towards a goal. " + GoalAssessor.RULE)
public record GoalAssessment(
        @Schema(example = "AT_RISK") Overall overall,
        @Schema(description = "The goal's indicators per classification (every classification listed)")
        Map<Classification, Integer> indicatorsByClassification,
        @Schema(description = "The goal's initiatives per derived status: GREEN, YELLOW, RED, and NONE when no report counts")
        Map<String, Integer> initiativesByStatus,
        @Schema(description = "Deliveries of the goal's roadmap sub-goals", example = "6") int deliveries,
        @Schema(description = "Of which with a significantly delayed milestone", example = "1") int delayedDeliveries) {

    /** Green, yellow, red and grey on the dashboard. */
    public enum Overall {
        ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA
    }
}
