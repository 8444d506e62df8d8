package no.ehelse.followup.events.indicator;

/** Which way is better; delays (5.2, 5.3) are lower-is-better. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
