package no.ehelse.followup.roadmap.milestones;

import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Milestone;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.web.WriteOutcome;

/** A milestone as a write left it, and what the write did. */
public record MilestoneWritten(Milestone milestone, WriteOutcome outcome) {

    /** The milestone within its delivery's state. */
    static Milestone find(Delivery delivery, String milestoneId) {
        return delivery.milestones().stream()
                .filter(milestone -> milestone.id().equals(milestoneId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Milestone " + milestoneId + " of delivery " + delivery.id()));
    }

    static MilestoneWritten of(Delivery delivery, String milestoneId, WriteOutcome outcome) {
        return new MilestoneWritten(find(delivery, milestoneId), outcome);
    }
}
