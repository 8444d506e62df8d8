package no.ehelse.followup.contract.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * "Today" for every service: reporting periods, deadlines, forecasts and assessments are Norwegian
 * dates, so days are counted in Norwegian time. Tests replace the clock with one they can set.
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
