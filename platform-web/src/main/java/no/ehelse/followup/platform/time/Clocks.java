package no.ehelse.followup.platform.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

import no.ehelse.followup.rules.time.NorwegianTime;

/** The one clock of every service, in Norwegian time. Tests replace it with one they can set. */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(NorwegianTime.ZONE);
    }
}
