package no.ehelse.followup.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import no.ehelse.followup.rules.time.NorwegianTime;

/**
 * "Today" and "now" for every service: the date in Norway, whatever the clock's or the server's zone,
 * and the instant a change is recorded at. Both come from the injected clock, so tests can set them.
 */
@ApplicationScoped
public class Today {

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    /** Today's date in Norway. */
    public LocalDate date() {
        return NorwegianTime.dateOf(clock.instant());
    }

    /** Now, for the time a change is recorded at. */
    public Instant now() {
        return clock.instant();
    }
}
