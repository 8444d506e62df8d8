package no.ehelse.followup.initiative.initiatives;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.initiative.reports.LatestReports;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.rules.initiative.CurrentStatusRule;
import no.ehelse.followup.rules.initiative.ReportingSchedules;

/** Adds each initiative's current status and reporting calendar, as of today, from its owners' latest reports. */
@ApplicationScoped
public class InitiativeViews {

    @Inject
    LatestReports latestReports;

    @Inject
    CurrentStatusRule currentStatus;

    @Inject
    ReportingSchedules schedules;

    @Inject
    Today clock;

    public InitiativeView of(Initiative initiative) {
        return of(List.of(initiative)).get(0);
    }

    public List<InitiativeView> of(List<Initiative> initiatives) {
        LocalDate today = clock.date();
        Map<String, List<StatusReport>> latest = latestReports.of(initiatives.stream().map(Initiative::id).toList());
        return initiatives.stream().map(initiative -> {
            List<StatusReport> reports = latest.getOrDefault(initiative.id(), List.of());
            return new InitiativeView(initiative, currentStatus.of(initiative, reports, today),
                    schedules.of(initiative, reports, today));
        }).toList();
    }
}
