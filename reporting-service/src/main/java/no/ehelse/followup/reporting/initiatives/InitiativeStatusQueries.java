package no.ehelse.followup.reporting.initiatives;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.rules.initiative.CurrentStatusRule;
import no.ehelse.followup.rules.initiative.Owners;
import no.ehelse.followup.rules.initiative.ReportingSchedules;

/** Reads initiatives from the view with their status derived, as of today, from the owners' latest reports. */
@ApplicationScoped
public class InitiativeStatusQueries {

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentStatusRule currentStatus;

    @Inject
    ReportingSchedules schedules;

    @Inject
    Today clock;

    public InitiativeStatus initiative(String id) {
        InitiativeView view = InitiativeView.<InitiativeView> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Initiative " + id));
        return statuses(List.of(view)).get(0);
    }

    /** Every initiative in id order (1.A … 5.E). */
    public List<InitiativeStatus> all() {
        return statuses(InitiativeView.listAll(Sort.by("id")));
    }

    public List<InitiativeStatus> ofGoal(String goalId) {
        return statuses(InitiativeView.list("goalId", Sort.by("id"), goalId));
    }

    /** The initiatives the organisation owns, in id order: only theirs are assessed. */
    public List<InitiativeStatus> ownedBy(String organisationNumber) {
        return statuses(InitiativeView.<InitiativeView> listAll(Sort.by("id")).stream()
                .filter(view -> Owners.organisations(view.definition).contains(organisationNumber)).toList());
    }

    private List<InitiativeStatus> statuses(List<InitiativeView> views) {
        LocalDate today = clock.date();
        Map<String, List<StatusReport>> latest = latestReports(views.stream().map(view -> view.id).toList());
        return views.stream().map(view -> {
            List<StatusReport> reports = latest.getOrDefault(view.id, List.of());
            return new InitiativeStatus(view.definition, currentStatus.of(view.definition, reports, today),
                    schedules.of(view.definition, reports, today));
        }).toList();
    }

    /** Each organisation's latest report per initiative: the one of its latest period (by end, then start). */
    private Map<String, List<StatusReport>> latestReports(Collection<String> initiativeIds) {
        if (initiativeIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<StatusReportView> latest = entityManager.createNativeQuery("""
                select distinct on (initiative_id, owner) * from status_report_view
                where initiative_id in (:ids)
                order by initiative_id, owner, period_end desc, period_start desc""", StatusReportView.class)
                .setParameter("ids", initiativeIds)
                .getResultList();
        return latest.stream().map(view -> view.report).collect(Collectors.groupingBy(StatusReport::initiativeId));
    }
}
