package no.ehelse.followup.roadmap.milestones;

import java.time.LocalDate;

import no.ehelse.followup.events.roadmap.Certainty;

/**
 * What a milestone's definition may change once it exists (its phase and baseline date are fixed);
 * compared by value, so the same definition again changes nothing.
 */
record MilestoneDescription(String name, String deliverable, String text, Certainty certainty, LocalDate earliestDate,
        String statedDelay) {

    static MilestoneDescription of(MilestoneRequest request) {
        return new MilestoneDescription(request.name(), request.deliverable(), request.text(),
                request.certaintyOrPlanned(), request.earliestDate(), request.statedDelay());
    }

    static MilestoneDescription of(MilestoneEntity milestone) {
        return new MilestoneDescription(milestone.name, milestone.deliverable, milestone.text, milestone.certainty,
                milestone.earliestDate, milestone.statedDelay);
    }

    void applyTo(MilestoneEntity milestone) {
        milestone.name = name;
        milestone.deliverable = deliverable;
        milestone.text = text;
        milestone.certainty = certainty;
        milestone.earliestDate = earliestDate;
        milestone.statedDelay = statedDelay;
    }
}
