package no.ehelse.followup.roadmap;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * "Today" for the roadmap: when a report, forecast change or edition happened, and which day a
 * delay share is asked for. Norwegian time, since dates in the roadmap are Norwegian dates. Tests
 * replace it with a clock they can set.
 */
public class Clocks {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(NORWAY);
    }
}
