package no.ehelse.followup.events.indicator;

/** How an indicator's value is counted (målenhet). */
public enum UnitKind {
    /** A count (antall): visits, users, applications, registries, look-ups. */
    COUNT,
    /** A percentage 0–100, typically of survey respondents. */
    PERCENT,
    /** A share of a known total (andel), e.g. 147 of 356 municipalities; value is the count. */
    SHARE
}
