package no.ehelse.followup.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Singleton;

import no.ehelse.followup.rules.time.NorwegianTime;

/**
 * The service's clock in tests: the real time unless a test sets a day, so tests can decide what
 * "today" is for deadlines, overdue reports and delays, or write history "on" past days. Tests that
 * set it reset it afterwards.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    /** From now on it is noon on {@code day}, Norwegian time. */
    public void set(LocalDate day) {
        fixed = day.atTime(12, 0).atZone(NorwegianTime.ZONE).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return NorwegianTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant now = fixed;
        return now == null ? Clock.system(zone) : Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }
}
