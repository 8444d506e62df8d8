package no.ehelse.followup.roadmap.milestones;

/**
 * What a milestone's definition may change once it exists (its phase and baseline date are fixed);
 * compared by value, so the same definition again changes nothing.
 */
record MilestoneDescription(String name, String deliverable, String text) {

    static MilestoneDescription of(MilestoneRequest request) {
        return new MilestoneDescription(request.name(), request.deliverable(), request.text());
    }

    static MilestoneDescription of(MilestoneEntity milestone) {
        return new MilestoneDescription(milestone.name, milestone.deliverable, milestone.text);
    }

    void applyTo(MilestoneEntity milestone) {
        milestone.name = name;
        milestone.deliverable = deliverable;
        milestone.text = text;
    }
}
