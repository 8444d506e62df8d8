package no.ehelse.followup.reporting.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.indicator.GoalBenefit;
import no.ehelse.followup.events.indicator.GoalKind;
import no.ehelse.followup.events.indicator.Strategy;
import no.ehelse.followup.reporting.goals.GoalAssessment;
import no.ehelse.followup.reporting.indicators.IndicatorAssessor;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp;
import no.ehelse.followup.reporting.initiatives.InitiativeStatus;
import no.ehelse.followup.reporting.roadmap.DeliveryStatus;
import no.ehelse.followup.reporting.roadmap.RoadmapQueries;
import no.ehelse.followup.reporting.roadmap.RoadmapStatus;

/**
 * The status view in brief: every goal with what tells whether it is on track, the roadmap's summary,
 * and how fresh each source is. Bounded whatever the data: each indicator carries at most
 * {@link IndicatorAssessor#POINTS} points; a goal's initiatives and delayed deliveries are only counted here.
 */
@Schema(name = "Overview", description = "The status view in brief. Bounded: each goal with its assessment and "
        + "indicators (each with at most " + IndicatorAssessor.POINTS + " points of its series), its initiatives and "
        + "delayed deliveries only counted (GET /api/v1/status/goals/{id} lists them), the roadmap only its per-sub-goal "
        + "summary and at most " + RoadmapQueries.LISTED + " delayed milestones per delay share.")
public record Overview(
        @Schema(description = "The strategy with its vision (visjon); null until its event has arrived") Strategy strategy,
        List<GoalStatus> goals, RoadmapStatus roadmap, List<Freshness> freshness) {

    @Schema(name = "GoalStatus", description = "A goal with its indicators, initiatives and delayed deliveries, and the "
            + "overall assessment drawn from them.")
    public record GoalStatus(
            @Schema(example = "2") String id,
            GoalKind kind,
            String name,
            @Schema(description = "A strategic goal's direct benefit (goals 1–3) or enabling role (4–5); null for an "
                    + "overarching goal") GoalBenefit benefit,
            @Schema(description = "«Frem mot 2030 skal vi oppnå», as the strategy words it") List<String> ambitions,
            GoalAssessment assessment,
            List<IndicatorFollowUp> indicators,
            @Schema(description = "The goal's strategic initiatives, in id order; null in the overview, whose assessment "
                    + "counts them (initiativesByStatus)") List<InitiativeStatus> initiatives,
            @Schema(description = "Deliveries of the goal's roadmap sub-goals with a significantly delayed milestone, by "
                    + "sub-goal and id: at most the first " + RoadmapQueries.LISTED + " (assessment.delayedDeliveries "
                    + "counts all); null in the overview", maxItems = RoadmapQueries.LISTED)
            List<DeliveryStatus> delayedDeliveries) {
    }

    @Schema(name = "Freshness", description = "When a source topic last delivered an event to the view, and how far the "
            + "view is behind it")
    public record Freshness(
            @Schema(example = "indicator-events") String topic,
            Instant lastEventOccurredAt,
            Instant lastAppliedAt,
            long eventsApplied,
            @Schema(description = "Records on the topic that the view has not yet consumed (the consumer group's lag over "
                    + "all partitions, sampled in the background); null when the broker cannot be asked", example = "0")
            Long consumerLag) {
    }
}
