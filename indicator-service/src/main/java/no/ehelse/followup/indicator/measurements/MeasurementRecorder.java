package no.ehelse.followup.indicator.measurements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.indicator.IndicatorStatus;
import no.ehelse.followup.events.indicator.Measurement;
import no.ehelse.followup.indicator.indicators.IndicatorCatalog;
import no.ehelse.followup.indicator.indicators.IndicatorEntity;
import no.ehelse.followup.indicator.indicators.UnitValues;
import no.ehelse.followup.platform.aggregate.AggregateLock;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.series.RevisionedSeries;
import no.ehelse.followup.platform.series.RevisionedSeries.Change;
import no.ehelse.followup.platform.series.RevisionedSeries.Revised;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.platform.web.WriteOutcome;
import no.ehelse.followup.rules.period.ReportingPeriod;

/**
 * Records measurements. A measurement of (indicator, period, reporting organisation) that differs
 * from the current one is a correction: a new revision that becomes current, the old ones kept. The
 * same values again are ignored: no revision, no event.
 */
@ApplicationScoped
public class MeasurementRecorder {

    /** A measurement revision as written, with its row id (the FHIR MeasureReport id). */
    public record Recorded(Measurement measurement, long revisionId, WriteOutcome outcome) {
    }

    /** A measurement {@link #accept}ed for writing: its series, period and what it says. */
    public record Accepted(MeasurementKey key, ReportingPeriod period, MeasurementContent content) {

        public Accepted(String indicatorId, String reporter, ReportingPeriod period, MeasurementRequest request) {
            this(new MeasurementKey(indicatorId, period.toString(), reporter), period, MeasurementContent.of(request));
        }
    }

    @Inject
    AggregateLock aggregateLock;

    @Inject
    IndicatorCatalog indicators;

    @Inject
    RevisionedSeries series;

    @Inject
    CallerIdentity caller;

    @Inject
    Today today;

    public List<Measurement> list(String indicatorId, boolean history) {
        indicators.find(indicatorId);
        String query = history ? "indicatorId = ?1" : "indicatorId = ?1 and current = true";
        return MeasurementEntity.<MeasurementEntity> find(query,
                Sort.by("periodEnd").and("periodStart").and("reportedBy").and("revision"), indicatorId)
                .stream().map(MeasurementEntity::toMeasurement).toList();
    }

    /**
     * One report. Reports of one series queue up behind each other (an advisory lock on the series), so
     * revision numbers have no gaps and one revision is current; reports of other series of the same
     * indicator, other periods or reporters, run side by side. All of them hold the indicator's lock
     * shared, so a change or retirement of the indicator (which takes it exclusively) waits for them,
     * and no report is written to an indicator retired meanwhile.
     */
    @Transactional
    public Recorded record(String indicatorId, MeasurementRequest request) {
        IndicatorEntity indicator = indicators.lockForReport(indicatorId);
        String reporter = caller.requireOrganisation();
        ReportingPeriod period = accept(indicator, reporter, request);
        MeasurementKey key = new MeasurementKey(indicator.id, period.toString(), reporter);
        aggregateLock.lock(MeasurementEntity.SERIES.events().aggregateType(),
                MeasurementEntity.SERIES.events().aggregateId().apply(key));
        return write(indicator, reporter, period, request);
    }

    /**
     * Checks that {@code reporter} may report this measurement and that it is valid.
     *
     * @return the measurement's period
     * @throws ProblemException 403 for an organisation not registered for the indicator, 409 for a
     *         retired indicator, 400 naming each invalid field
     */
    public ReportingPeriod accept(IndicatorEntity indicator, String reporter, MeasurementRequest request) {
        return accept(indicator, reporter, caller.isAdmin(), request);
    }

    /** {@link #accept} for a caller known beforehand (an import running after its request). */
    public ReportingPeriod accept(IndicatorEntity indicator, String reporter, boolean admin, MeasurementRequest request) {
        if (!admin && !indicator.reporters.contains(reporter)) {
            throw ProblemException.forbidden("Organisation " + reporter + " is not registered to report indicator "
                    + indicator.id);
        }
        if (indicator.status == IndicatorStatus.RETIRED) {
            throw ProblemException.conflict("Indicator " + indicator.id + " is retired and takes no new measurements");
        }
        return validate(indicator, request);
    }

    /**
     * Writes an accepted measurement of a locked indicator: a first revision, a correction, or
     * nothing when the values are those of the current revision.
     */
    public Recorded write(IndicatorEntity indicator, String reporter, ReportingPeriod period, MeasurementRequest request) {
        MeasurementKey key = new MeasurementKey(indicator.id, period.toString(), reporter);
        MeasurementContent content = MeasurementContent.of(request);
        Revised<MeasurementEntity> revised = series.revise(MeasurementEntity.SERIES, key, content,
                number -> {
                    MeasurementEntity revision = MeasurementEntity.revision(key, number, content);
                    revision.periodStart = period.start();
                    revision.periodEnd = period.end();
                    revision.reportedAt = today.now();
                    revision.reportedByClient = caller.client();
                    revision.reportedByChild = caller.childOrganisation().orElse(null);
                    revision.reportedBySupplier = caller.supplierOrganisation().orElse(null);
                    return revision;
                });
        return new Recorded(revised.revision().toMeasurement(), revised.revision().id, revised.outcome());
    }

    /**
     * Writes many accepted measurements of exclusively locked indicators, set-based: the same
     * revisions, outcomes and events as writing them one by one in this order.
     *
     * @param client who the revisions name as reporting client
     * @param actor  who the events name
     */
    public List<WriteOutcome> writeAll(List<Accepted> measurements, String client, EventActor actor) {
        Map<MeasurementKey, ReportingPeriod> periods = new HashMap<>();
        List<Change<MeasurementKey, MeasurementContent>> changes = new ArrayList<>(measurements.size());
        for (Accepted measurement : measurements) {
            periods.put(measurement.key(), measurement.period());
            changes.add(new Change<>(measurement.key(), measurement.content()));
        }
        Instant now = today.now();
        return series.reviseAll(MeasurementEntity.SERIES, changes, (change, number) -> {
            MeasurementEntity revision = MeasurementEntity.revision(change.key(), number, change.content());
            ReportingPeriod period = periods.get(change.key());
            revision.periodStart = period.start();
            revision.periodEnd = period.end();
            revision.reportedAt = now;
            revision.reportedByClient = client;
            revision.reportedByChild = actor.childOrganisation();
            revision.reportedBySupplier = actor.supplierOrganisation();
            return revision;
        }, MeasurementRows::insert, actor);
    }

    private ReportingPeriod validate(IndicatorEntity indicator, MeasurementRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ReportingPeriod period = null;
        try {
            period = ReportingPeriod.parse(request.period());
            if (period.startsAfter(today.date())) {
                errors.add(new FieldError("period", "lies in the future; a period can be reported once it has begun"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("period", e.getMessage()));
        }
        UnitValues.check("", indicator.unit, request.value(), request.numerator(), request.denominator(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return period;
    }
}
