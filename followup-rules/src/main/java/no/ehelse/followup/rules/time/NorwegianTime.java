package no.ehelse.followup.rules.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Reporting periods, deadlines, forecasts and assessments are Norwegian dates, so every rule counts
 * days in Norwegian time, whatever the server's zone.
 */
public final class NorwegianTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private NorwegianTime() {
    }

    /** The Norwegian date of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
