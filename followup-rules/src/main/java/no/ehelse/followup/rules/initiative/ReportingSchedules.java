package no.ehelse.followup.rules.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.Lifecycle;
import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.rules.period.ReportingPeriod;
import no.ehelse.followup.rules.time.NorwegianTime;

/**
 * Applies the reporting calendar to an initiative: which reports it expects and which are overdue
 * (the rule is {@link no.ehelse.followup.rules.initiative.RuleTexts#OVERDUE}).
 */
public class ReportingSchedules {

    private final ReportingCalendar calendar;

    public ReportingSchedules(ReportingCalendar calendar) {
        this.calendar = calendar;
    }

    /** @param latest each organisation's latest report on the initiative */
    public ReportingSchedule of(Initiative initiative, List<StatusReport> latest, LocalDate today) {
        Cadence cadence = Cadence.ofValid(initiative.reportsPerYear());
        ReportingPeriod closed = calendar.lastClosed(cadence, today);
        ReportingPeriod next = cadence.next(closed);
        boolean expects = initiative.lifecycle() == Lifecycle.ACTIVE;
        LocalDate from = expects ? reportingFrom(initiative) : null;
        List<OverdueReport> overdue = expects ? overdue(initiative, latest, cadence, closed, from) : List.of();
        return new ReportingSchedule(expects, from, closed.toString(), calendar.deadline(closed), next.toString(),
                calendar.deadline(next), !overdue.isEmpty(), overdue);
    }

    /** Nobody is asked to report for the time before the initiative ran and was followed up here. */
    private static LocalDate reportingFrom(Initiative initiative) {
        LocalDate active = NorwegianTime.dateOf(initiative.lifecycleChangedAt());
        return initiative.startDate() != null && initiative.startDate().isAfter(active) ? initiative.startDate() : active;
    }

    private List<OverdueReport> overdue(Initiative initiative, List<StatusReport> latest, Cadence cadence,
            ReportingPeriod closed, LocalDate from) {
        List<String> owners = Owners.organisations(initiative);
        // Without an owner organisation number the initiative as a whole expects a report, whoever registers it.
        List<String> expected = owners.isEmpty() ? Collections.singletonList(null) : owners;
        List<OverdueReport> overdue = new ArrayList<>();
        for (String owner : expected) {
            Optional<LocalDate> reportedUntil = latest.stream()
                    .filter(report -> owner == null || owner.equals(report.owner()))
                    .map(StatusReport::periodEnd)
                    .max(Comparator.naturalOrder());
            List<String> missing = missing(cadence, closed, from, reportedUntil.orElse(null));
            if (!missing.isEmpty()) {
                overdue.add(new OverdueReport(initiative.id(), initiative.name(), owner,
                        owner == null ? null : Owners.nameOf(initiative, owner), closed.toString(),
                        calendar.deadline(closed), missing));
            }
        }
        return overdue;
    }

    /**
     * The closed periods, oldest first, that end on or after {@code from} and that no report covers: a
     * report covers its own period and every earlier one, since it gives the status as of its end.
     */
    private static List<String> missing(Cadence cadence, ReportingPeriod closed, LocalDate from, LocalDate reportedUntil) {
        List<String> missing = new ArrayList<>();
        for (ReportingPeriod period = closed; !period.end().isBefore(from)
                && (reportedUntil == null || reportedUntil.isBefore(period.start())); period = cadence.previous(period)) {
            missing.add(0, period.toString());
        }
        return missing;
    }
}
