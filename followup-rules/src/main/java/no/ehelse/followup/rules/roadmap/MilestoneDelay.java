package no.ehelse.followup.rules.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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

    /** Strictly above the threshold: a delay of exactly the threshold is not significant. */
    public boolean significant(long days) {
        return days > significantDelayDays;
    }
}
