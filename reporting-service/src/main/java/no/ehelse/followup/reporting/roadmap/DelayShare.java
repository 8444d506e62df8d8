package no.ehelse.followup.reporting.roadmap;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.roadmap.Phase;

@Schema(name = "DelayShare", description = "Indicator 5.2 or 5.3 computed from the roadmap's events: the share of the "
        + "milestones of some phases that are significantly delayed. Milestones without a phase count in neither.")
public record DelayShare(
        @Schema(example = "5.3") String indicatorId,
        @Schema(example = "Betydelige forsinkelser i innføring av e-helseløsninger") String indicatorName,
        List<Phase> phases,
        @Schema(description = "Milestones of these phases on the roadmap", example = "12") int milestones,
        @Schema(description = "Of which significantly delayed", example = "3") int significantlyDelayed,
        @Schema(description = "significantlyDelayed / milestones in percent, one decimal; null without milestones", example = "25.0")
        BigDecimal percent,
        @Schema(description = "The significantly delayed milestones, by sub-goal and delivery; in the overview, goal and "
                + "indicator documents at most the first " + RoadmapQueries.LISTED + " (significantlyDelayed counts all), "
                + "in the roadmap document all")
        List<DelayedMilestone> delayedMilestones) {

    @Schema(name = "DelayedMilestone")
    public record DelayedMilestone(@Schema(example = "pasientens-legemiddelliste") String deliveryId, String deliveryName,
            @Schema(example = "sfm-legevakt") String milestoneId, String milestoneName, Phase phase,
            @Schema(example = "181") long delayDays) {
    }
}
