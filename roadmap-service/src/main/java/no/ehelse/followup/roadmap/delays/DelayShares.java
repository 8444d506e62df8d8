package no.ehelse.followup.roadmap.delays;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.roadmap.Phase;

@Schema(name = "DelayShares", description = "Indicators 5.2 (development) and 5.3 (introduction) on a date: the share "
        + "of the roadmap's sub-goals with a delay, as the plan defines them, with the delayed milestones as drill-down.")
public record DelayShares(
        @Schema(example = "2025-06-30") LocalDate date,
        @Schema(description = "Whose knowledge the figures reflect: the date itself, or today for a date ahead "
                + "(answered from today's forecasts)", example = "2025-06-30") LocalDate knownOn,
        @Schema(description = "A delay above this many days is significant", example = "90") int significantDelayDays,
        DelayShare development,
        DelayShare introduction) {

    @Schema(name = "DelayShare", description = "The share of sub-goals with a delayed milestone of some phases (the "
            + "indicator), and the share of delayed milestones among those of the phases (the drill-down).")
    public record DelayShare(
            @Schema(example = "5.2") String indicatorId,
            @Schema(example = "Betydelige forsinkelser i utvikling av e-helseløsninger") String indicatorName,
            List<Phase> phases,
            @Schema(description = "Sub-goals in the roadmap on the date", example = "17") int subGoals,
            @Schema(description = "Sub-goals with at least one delayed milestone of these phases", example = "[\"2.B\"]")
            List<String> delayedSubGoals,
            @Schema(description = "The indicator: 100 × delayedSubGoals / subGoals, one decimal; null without sub-goals",
                    example = "5.9") BigDecimal subGoalPercent,
            @Schema(description = "Milestones of these phases in the roadmap on the date", example = "12") int milestones,
            @Schema(description = "Milestones delayed: significantly, or by a delay the text states", example = "2")
            int significantlyDelayed,
            @Schema(description = "The drill-down: 100 × significantlyDelayed / milestones, one decimal; null without "
                    + "milestones", example = "16.7") BigDecimal percent,
            List<DelayedMilestone> delayed) {
    }

    @Schema(name = "DelayedMilestone", description = "A delayed milestone (significantly, or by a stated delay), as it "
            + "stood on the date.")
    public record DelayedMilestone(
            @Schema(example = "2.B") String subGoalId,
            @Schema(example = "pasientens-legemiddelliste") String deliveryId,
            @Schema(example = "sfm-legevakt") String milestoneId,
            String name,
            Phase phase,
            @Schema(example = "2025-12-31") LocalDate baselineDate,
            @Schema(description = "The actual date if reached by then, else the forecast", example = "2026-06-30") LocalDate date,
            boolean reached,
            @Schema(example = "181") long delayDays,
            @Schema(description = "A delay the text states without a new date; null when none") String statedDelay) {
    }
}
