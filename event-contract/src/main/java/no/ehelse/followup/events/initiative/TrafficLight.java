package no.ehelse.followup.events.initiative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The status colours (trafikklys) of the national portfolio's status reports, in order of
 * severity.
 */
@Schema(name = "TrafficLight", description = "GREEN: on plan (i rute); YELLOW: some deviation (noe avvik); "
        + "RED: substantial deviation (vesentlig avvik).")
public enum TrafficLight {
    GREEN,
    YELLOW,
    RED;

    /** The more severe of the two; null counts as no assessment. */
    public TrafficLight worst(TrafficLight other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }
}
