package no.ehelse.followup.reporting.roadmap;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.roadmap.Phase;

@Schema(name = "DelayShare", description = "Indicator 5.2 or 5.3 computed from the roadmap's events as the plan defines "
        + "it («Andel inntrufne forsinkelser (%) av delmålene i veikartet»): the share of the roadmap's sub-goals with a "
        + "delayed milestone of some phases; with the share of delayed milestones among those of the phases as the "
        + "drill-down. A milestone is delayed when it is significantly delayed or has a delay the text states; "
        + "milestones without a phase and TENTATIVE ones (expectations, ambitions) count in neither.")
public record DelayShare(
        @Schema(example = "5.3") String indicatorId,
        @Schema(example = "Betydelige forsinkelser i innføring av e-helseløsninger") String indicatorName,
        List<Phase> phases,
        @Schema(description = "Sub-goals on the roadmap", example = "17") int subGoals,
        @Schema(description = "Sub-goals with at least one delayed milestone of these phases", example = "[\"2.B\"]")
        List<String> delayedSubGoals,
        @Schema(description = "The indicator: 100 × delayedSubGoals / subGoals, one decimal; null without sub-goals",
                example = "5.9") BigDecimal subGoalPercent,
        @Schema(description = "The drill-down: milestones of these phases on the roadmap that count", example = "12")
        int milestones,
        @Schema(description = "Of which delayed (significantly, or by a delay the text states)", example = "3")
        int significantlyDelayed,
        @Schema(description = "The drill-down: significantlyDelayed / milestones in percent, one decimal; null without "
                + "milestones", example = "25.0") BigDecimal percent,
        @Schema(description = "The delayed milestones, by sub-goal and delivery; in the overview, goal and indicator "
                + "documents at most the first " + RoadmapQueries.LISTED + " (significantlyDelayed counts all), in the "
                + "roadmap document all")
        List<DelayedMilestone> delayedMilestones) {

    @Schema(name = "DelayedMilestone")
    public record DelayedMilestone(@Schema(example = "2.B") String subGoalId,
            @Schema(example = "pasientens-legemiddelliste") String deliveryId, String deliveryName,
            @Schema(example = "sfm-legevakt") String milestoneId, String milestoneName, Phase phase,
            @Schema(example = "181") long delayDays,
            @Schema(description = "A delay the text states without a new date; null when none",
                    example = "Leverandørenes integrasjon med SFM har også tatt lengre tid enn planlagt") String statedDelay) {
    }
}
