package no.ehelse.followup.rules.initiative;

import java.time.LocalDate;

import no.ehelse.followup.rules.period.ReportingPeriod;

/**
 * The dates of the reporting cycle: when a period's report is due, which period was the last to
 * close, and from when a report still counts for an initiative's current status.
 *
 * @param reportGraceDays days after a period ends within which its report is due
 * @param countedPeriods  how many of the latest closed periods an owner's latest report may be behind
 *                        and still count for the current status
 */
public record ReportingCalendar(int reportGraceDays, int countedPeriods) {

    public ReportingCalendar {
        if (reportGraceDays < 0 || countedPeriods < 1) {
            throw new IllegalArgumentException("report-grace-days must be >= 0 and counted-periods >= 1");
        }
    }

    /** The last day to submit the report for {@code period}: its end plus the grace period. */
    public LocalDate deadline(ReportingPeriod period) {
        return period.end().plusDays(reportGraceDays);
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
        for (int i = 1; i < countedPeriods; i++) {
            period = cadence.previous(period);
        }
        return period.start();
    }
}
