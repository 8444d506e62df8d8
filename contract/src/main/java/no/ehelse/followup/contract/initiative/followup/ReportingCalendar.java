package no.ehelse.followup.contract.initiative.followup;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.ehelse.followup.contract.period.ReportingPeriod;
import no.ehelse.followup.contract.time.Clocks;

/**
 * The dates of the reporting cycle: today, when a period's report is due, which period was the last
 * to close, and from when a report still counts for an initiative's current status.
 */
@ApplicationScoped
public class ReportingCalendar {

    @Inject
    Clock clock;

    @Inject
    FollowUpConfig config;

    /** Today in Norway. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Clocks.NORWAY);
    }

    /** The last day to submit the report for {@code period}: its end plus the grace period. */
    public LocalDate deadline(ReportingPeriod period) {
        return period.end().plusDays(config.reportGraceDays());
    }

    /** The latest period of the cadence whose deadline has passed by {@code today}: it is closed. */
    public ReportingPeriod lastClosed(Cadence cadence, LocalDate today) {
        ReportingPeriod period = cadence.containing(today);
        while (!deadline(period).isBefore(today)) {
            period = cadence.previous(period);
        }
        return period;
    }

    /**
     * The first day a report's period may end on to count for the current status: the start of the
     * oldest of the last {@code counted-periods} closed periods.
     */
    public LocalDate countedFrom(Cadence cadence, LocalDate today) {
        ReportingPeriod period = lastClosed(cadence, today);
        for (int i = 1; i < config.countedPeriods(); i++) {
            period = cadence.previous(period);
        }
        return period.start();
    }
}
