package no.ehelse.followup.rules.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import no.ehelse.followup.events.roadmap.Certainty;

/**
 * How late a milestone is, and whether that is significant for indicators 5.2 and 5.3.
 *
 * @param significantDelayDays a delay strictly above this many days is significant
 */
public record MilestoneDelay(int significantDelayDays) {

    public MilestoneDelay {
        if (significantDelayDays < 0) {
            throw new IllegalArgumentException("significant-delay-days must be >= 0");
        }
    }

    /** (actual date if reached, else forecast) − baseline, in days; negative when early. */
    public long days(LocalDate baseline, LocalDate forecast, LocalDate actual) {
        return ChronoUnit.DAYS.between(baseline, actual != null ? actual : forecast);
    }

    /**
     * Whether a milestone counts for 5.2 and 5.3 at all: a plan (solid line) does, an expectation or
     * ambition (dashed line) is no plan to be late against. Absent is PLANNED.
     */
    public static boolean counts(Certainty certainty) {
        return certainty != Certainty.TENTATIVE;
    }

    /**
     * Whether a counted milestone is delayed: significantly late by its dates, or late by the text's own
     * words though no new date is known.
     */
    public static boolean delayed(boolean significantlyLate, String statedDelay) {
        return significantlyLate || statedDelay != null;
    }

    /** Strictly above the threshold: a delay of exactly the threshold is not significant. */
    public boolean significant(long days) {
        return days > significantDelayDays;
    }
}
