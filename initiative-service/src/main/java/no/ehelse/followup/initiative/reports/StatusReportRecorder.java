package no.ehelse.followup.initiative.reports;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.initiative.Lifecycle;
import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.initiative.initiatives.InitiativeCatalog;
import no.ehelse.followup.platform.outbox.EventOutbox;
import no.ehelse.followup.platform.problem.FieldProblems;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.platform.web.WriteOutcome;
import no.ehelse.followup.rules.initiative.Owners;
import no.ehelse.followup.rules.period.ReportingPeriod;

/**
 * Records status reports. A report of (initiative, period, owner) whose content differs from the
 * current one is a correction: a new revision that becomes current, the old ones kept. The same
 * content again is ignored: no revision, no event.
 */
@ApplicationScoped
public class StatusReportRecorder {

    public record Recorded(StatusReport report, WriteOutcome outcome) {
    }

    @Inject
    InitiativeCatalog initiatives;

    @Inject
    ReportingRights rights;

    @Inject
    Today today;

    @Inject
    EventOutbox outbox;

    @Inject
    CallerIdentity caller;

    /** The current revision of each (period, owner) by default, or every revision; chronological by period. */
    public List<StatusReport> list(String initiativeId, boolean history, String owner, String period) {
        initiatives.find(initiativeId);
        StringBuilder query = new StringBuilder("initiativeId = :initiative");
        Parameters parameters = Parameters.with("initiative", initiativeId);
        if (!history) {
            query.append(" and current = true");
        }
        if (owner != null) {
            query.append(" and owner = :owner");
            parameters.and("owner", owner);
        }
        if (period != null) {
            query.append(" and period = :period");
            parameters.and("period", period);
        }
        return StatusReportEntity.<StatusReportEntity> find(query.toString(),
                Sort.by("periodEnd").and("periodStart").and("owner").and("revision"), parameters)
                .stream().map(StatusReportEntity::toStatusReport).toList();
    }

    @Transactional
    public Recorded submit(String initiativeId, StatusReportRequest request) {
        Initiative initiative = initiatives.lock(initiativeId).toInitiative();
        String owner = rights.ownerFor(initiative, request.owner());
        if (initiative.lifecycle() == Lifecycle.PROPOSED) {
            throw ProblemException.conflict("Initiative " + initiativeId + " is PROPOSED; status is reported once it is ACTIVE");
        }
        ReportingPeriod period = StatusReportRules.check(initiative, request, today.date());
        if (initiative.lifecycle().hasEnded() && period.start().isAfter(initiative.endDate())) {
            throw FieldProblems.conflict("period", "initiative " + initiativeId + " is " + initiative.lifecycle() + " since "
                    + initiative.endDate() + "; it takes reports only for periods that begin by then");
        }
        return write(initiative, owner, period, StatusContent.of(request));
    }

    private Recorded write(Initiative initiative, String owner, ReportingPeriod period, StatusContent content) {
        StatusReportEntity current = StatusReportEntity.<StatusReportEntity> find(
                "initiativeId = ?1 and period = ?2 and owner = ?3 and current = true",
                initiative.id(), period.toString(), owner).firstResult();
        if (current != null && current.content().equals(content)) {
            return new Recorded(current.toStatusReport(), WriteOutcome.UNCHANGED);
        }
        StatusReportEntity revision = new StatusReportEntity();
        revision.initiativeId = initiative.id();
        revision.period = period.toString();
        revision.periodStart = period.start();
        revision.periodEnd = period.end();
        revision.owner = owner;
        revision.ownerName = Owners.nameOf(initiative, owner);
        revision.revision = current == null ? 1 : current.revision + 1;
        revision.current = true;
        revision.setContent(content);
        revision.submittedAt = today.now();
        revision.submittedByOrganisation = caller.organisation().orElse(null);
        revision.submittedByClient = caller.client();
        revision.submittedByChild = caller.childOrganisation().orElse(null);
        revision.submittedBySupplier = caller.supplierOrganisation().orElse(null);
        if (current != null) {
            // The old revision stops being current before the new one is inserted (one current per report).
            current.current = false;
            current.flush();
        }
        revision.persist();

        StatusReport state = revision.toStatusReport();
        outbox.append(InitiativeEvents.STATUS_REPORT, InitiativeEvents.statusReportId(initiative.id(), state.period(), owner),
                state.revision(), current == null ? InitiativeEvents.STATUS_REPORT_SUBMITTED
                        : InitiativeEvents.STATUS_REPORT_CORRECTED,
                InitiativeEvents.SCHEMA_VERSION, state);
        return new Recorded(state, current == null ? WriteOutcome.CREATED : WriteOutcome.UPDATED);
    }
}
