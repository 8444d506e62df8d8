package no.ehelse.followup.reporting.roadmap;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Phase;

@Schema(name = "RoadmapStatus", description = "The roadmap per sub-goal with the distribution of its deliveries over the "
        + "value-chain phases, and indicators 5.2 and 5.3 computed from it. In the overview a summary: no deliveries, and "
        + "at most " + RoadmapQueries.LISTED + " delayed milestones per delay share.")
public record RoadmapStatus(List<SubGoalStatus> subGoals, DelayShare development, DelayShare introduction) {

    @Schema(name = "SubGoalStatus")
    public record SubGoalStatus(
            @Schema(example = "2.B") String id,
            @Schema(example = "2") String goalId,
            @Schema(description = "null until the sub-goal's own event has arrived") String name,
            @Schema(example = "2.B") String initiativeId,
            @Schema(description = "How many of its deliveries are in each phase (every phase listed)")
            Map<Phase, Integer> phaseDistribution,
            @Schema(description = "Its deliveries on the roadmap", example = "6") int deliveryCount,
            @Schema(description = "Every delivery, by id; null in the overview (GET /api/v1/status/roadmap has them)")
            List<Delivery> deliveries) {
    }
}
