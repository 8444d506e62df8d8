package no.ehelse.followup.initiative.reports;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.Lifecycle;
import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.initiative.initiatives.InitiativeCatalog;
import no.ehelse.followup.platform.problem.FieldProblems;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.series.RevisionedSeries;
import no.ehelse.followup.platform.series.RevisionedSeries.Revised;
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
    RevisionedSeries series;

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
        StatusReportKey key = new StatusReportKey(initiative.id(), period.toString(), owner);
        Revised<StatusReportEntity> revised = series.revise(StatusReportEntity.SERIES, key, content, number -> {
            StatusReportEntity revision = StatusReportEntity.revision(key, number, content);
            revision.periodStart = period.start();
            revision.periodEnd = period.end();
            revision.ownerName = Owners.nameOf(initiative, owner);
            revision.submittedAt = today.now();
            revision.submittedByOrganisation = caller.organisation().orElse(null);
            revision.submittedByClient = caller.client();
            revision.submittedByChild = caller.childOrganisation().orElse(null);
            revision.submittedBySupplier = caller.supplierOrganisation().orElse(null);
            return revision;
        });
        return new Recorded(revised.revision().toStatusReport(), revised.outcome());
    }
}
