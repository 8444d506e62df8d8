package no.ehelse.followup.reporting.initiatives;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.rules.initiative.InitiativeStandings;
import no.ehelse.followup.rules.initiative.Owners;

/** Reads initiatives from the view with their status derived, as of today, from the owners' latest reports. */
@ApplicationScoped
public class InitiativeStatusQueries {

    @Inject
    EntityManager entityManager;

    @Inject
    InitiativeStandings standings;

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
        List<StatusReport> current = currentReports(views.stream().map(view -> view.id).toList());
        return standings.of(views.stream().map(view -> view.definition).toList(), current, clock.date()).stream()
                .map(standing -> new InitiativeStatus(standing.initiative(), standing.currentStatus(), standing.reporting()))
                .toList();
    }

    /** The current revision of every status report of these initiatives: the rules choose each owner's latest. */
    private List<StatusReport> currentReports(Collection<String> initiativeIds) {
        if (initiativeIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select r.report from StatusReportView r where r.key.initiativeId in :ids",
                StatusReport.class).setParameter("ids", initiativeIds).getResultList();
    }
}
