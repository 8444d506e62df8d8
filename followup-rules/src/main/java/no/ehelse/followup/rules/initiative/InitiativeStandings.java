package no.ehelse.followup.rules.initiative;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.StatusReport;

/**
 * Applies the initiative rules in their order: each owner's latest report ({@link LatestReportRule}),
 * then the current status ({@link CurrentStatusRule}) and the reporting calendar
 * ({@link ReportingSchedules}) from those. Whoever holds status reports (initiative-service's
 * table, reporting-service's view) passes their current revisions and gets the same answer.
 */
public class InitiativeStandings {

    private final CurrentStatusRule currentStatus;
    private final ReportingSchedules schedules;

    public InitiativeStandings(ReportingCalendar calendar) {
        this.currentStatus = new CurrentStatusRule(calendar);
        this.schedules = new ReportingSchedules(calendar);
    }

    /**
     * @param currentReports the current revisions of the initiatives' status reports, in any order
     *                       (reports of other initiatives are ignored)
     * @return each initiative's standing on {@code today}, in the order of {@code initiatives}
     */
    public List<InitiativeStanding> of(List<Initiative> initiatives, Collection<StatusReport> currentReports,
            LocalDate today) {
        Map<String, List<StatusReport>> latest = LatestReportRule.latestPerOwner(currentReports);
        return initiatives.stream().map(initiative -> {
            List<StatusReport> reports = latest.getOrDefault(initiative.id(), List.of());
            return new InitiativeStanding(initiative, currentStatus.of(initiative, reports, today),
                    schedules.of(initiative, reports, today));
        }).toList();
    }
}
