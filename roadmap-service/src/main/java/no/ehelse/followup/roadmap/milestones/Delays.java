package no.ehelse.followup.roadmap.milestones;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.ehelse.followup.roadmap.RoadmapConfig;

/** How late a milestone is, and whether that is significant. */
@ApplicationScoped
public class Delays {

    @Inject
    RoadmapConfig config;

    /** (actual date if reached, else forecast) − baseline, in days; negative when early. */
    public long days(LocalDate baseline, LocalDate forecast, LocalDate actual) {
        return ChronoUnit.DAYS.between(baseline, actual != null ? actual : forecast);
    }

    /** Strictly above the threshold: a delay of exactly the threshold is not significant. */
    public boolean significant(long days) {
        return days > config.significantDelayDays();
    }

    public int thresholdDays() {
        return config.significantDelayDays();
    }
}
