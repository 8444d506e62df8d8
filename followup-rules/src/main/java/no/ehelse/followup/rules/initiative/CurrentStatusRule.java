package no.ehelse.followup.rules.initiative;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.events.initiative.TrafficLight;

/**
 * Derives an initiative's current status from its owners' latest reports (the rule is
 * {@link no.ehelse.followup.rules.initiative.RuleTexts#DERIVED_STATUS}).
 */
public class CurrentStatusRule {

    private final ReportingCalendar calendar;

    public CurrentStatusRule(ReportingCalendar calendar) {
        this.calendar = calendar;
    }

    /** @param latest each organisation's latest report on the initiative */
    public CurrentStatus of(Initiative initiative, List<StatusReport> latest, LocalDate today) {
        LocalDate countedFrom = calendar.countedFrom(Cadence.ofValid(initiative.reportsPerYear()), today);
        List<String> owners = Owners.organisations(initiative);
        // Without owner organisation numbers, whoever registers the initiative's status (the admin) speaks for it.
        List<LatestReport> reports = latest.stream()
                .filter(report -> owners.isEmpty() || owners.contains(report.owner()))
                .sorted(Comparator.comparing((StatusReport report) -> owners.indexOf(report.owner()))
                        .thenComparing(StatusReport::owner))
                .map(report -> new LatestReport(report.owner(), Owners.nameOf(initiative, report.owner()), report.period(),
                        report.periodEnd(), report.overallStatus(), report.progressPercent(), report.revision(),
                        report.submittedAt(), !report.periodEnd().isBefore(countedFrom)))
                .toList();
        TrafficLight overall = null;
        LocalDate asOf = null;
        for (LatestReport report : reports) {
            if (report.counted()) {
                overall = report.overallStatus().worst(overall);
                asOf = asOf == null || report.periodEnd().isAfter(asOf) ? report.periodEnd() : asOf;
            }
        }
        return new CurrentStatus(overall, asOf, countedFrom, reports);
    }
}
