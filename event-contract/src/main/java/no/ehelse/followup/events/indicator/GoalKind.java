package no.ehelse.followup.events.indicator;

/** The strategy's 5 strategic goals (mål 1–5) and its 3 overarching goals (overordnede mål). */
public enum GoalKind {
    STRATEGIC,
    OVERARCHING
}
