package no.ehelse.followup.events;

/** The suite's Kafka topics. Each writing service owns one; reporting-service reads all three. */
public final class Topics {

    public static final String INDICATOR_EVENTS = "indicator-events";
    public static final String INITIATIVE_EVENTS = "initiative-events";
    public static final String ROADMAP_EVENTS = "roadmap-events";
    /** Where reporting-service parks records it cannot apply, instead of stopping. */
    public static final String REPORTING_DEAD_LETTER = "reporting-dead-letter";

    private Topics() {
    }
}
