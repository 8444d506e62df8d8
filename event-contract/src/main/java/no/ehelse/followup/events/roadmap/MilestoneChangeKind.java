package no.ehelse.followup.events.roadmap;

/** What a milestone change set: the forecast date, or the actual date it was reached. */
public enum MilestoneChangeKind {
    FORECAST,
    ACTUAL
}
