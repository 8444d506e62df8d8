package no.ehelse.followup.reporting.roadmap;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Milestone;

@Schema(name = "DeliveryStatus", description = "A delivery as its latest event described it: phase (by the majority rule), "
        + "majorityPhase, nationalPhase, each participant's reported phase, and its milestones with their delays.")
public record DeliveryStatus(
        Delivery delivery,
        @Schema(description = "The strategic goal of its sub-goal", example = "2") String goalId,
        @Schema(description = "The milestones whose delay exceeds the significant-delay threshold") List<Milestone> delayedMilestones) {

    public boolean significantlyDelayed() {
        return !delayedMilestones.isEmpty();
    }
}
