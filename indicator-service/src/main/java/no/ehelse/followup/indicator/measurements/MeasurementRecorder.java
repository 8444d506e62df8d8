package no.ehelse.followup.indicator.measurements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.indicator.IndicatorEvents;
import no.ehelse.followup.events.indicator.IndicatorStatus;
import no.ehelse.followup.events.indicator.Measurement;
import no.ehelse.followup.indicator.indicators.IndicatorCatalog;
import no.ehelse.followup.indicator.indicators.IndicatorEntity;
import no.ehelse.followup.indicator.indicators.UnitValues;
import no.ehelse.followup.platform.outbox.EventOutbox;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;
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

    @Inject
    IndicatorCatalog indicators;

    @Inject
    EventOutbox outbox;

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

    @Transactional
    public Recorded record(String indicatorId, MeasurementRequest request) {
        IndicatorEntity indicator = indicators.lock(indicatorId);
        String reporter = caller.requireOrganisation();
        ReportingPeriod period = accept(indicator, reporter, request);
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
        if (!caller.isAdmin() && !indicator.reporters.contains(reporter)) {
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
        String indicatorId = indicator.id;
        MeasurementEntity current = MeasurementEntity.<MeasurementEntity> find(
                "indicatorId = ?1 and period = ?2 and reportedBy = ?3 and current = true",
                indicatorId, period.toString(), reporter).firstResult();
        if (current != null && sameValues(current, request)) {
            return new Recorded(current.toMeasurement(), current.id, WriteOutcome.UNCHANGED);
        }
        MeasurementEntity revision = new MeasurementEntity();
        revision.indicatorId = indicatorId;
        revision.period = period.toString();
        revision.periodStart = period.start();
        revision.periodEnd = period.end();
        revision.reportedBy = reporter;
        revision.revision = current == null ? 1 : current.revision + 1;
        revision.current = true;
        revision.value = UnitValues.canonical(request.value());
        revision.numerator = UnitValues.canonical(request.numerator());
        revision.denominator = UnitValues.canonical(request.denominator());
        revision.source = request.source();
        revision.methodNote = request.methodNote();
        revision.reportedAt = today.now();
        revision.reportedByClient = caller.client();
        revision.reportedByChild = caller.childOrganisation().orElse(null);
        revision.reportedBySupplier = caller.supplierOrganisation().orElse(null);
        if (current != null) {
            // The old revision stops being current before the new one is inserted (one current per series).
            current.current = false;
            current.flush();
        }
        revision.persist();

        Measurement state = revision.toMeasurement();
        outbox.append(IndicatorEvents.MEASUREMENT, IndicatorEvents.measurementId(indicatorId, state.period(), reporter),
                state.revision(), current == null ? IndicatorEvents.MEASUREMENT_RECORDED : IndicatorEvents.MEASUREMENT_CORRECTED,
                IndicatorEvents.SCHEMA_VERSION, state);
        return new Recorded(state, revision.id, current == null ? WriteOutcome.CREATED : WriteOutcome.UPDATED);
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

    private static boolean sameValues(MeasurementEntity current, MeasurementRequest request) {
        return sameNumber(current.value, request.value())
                && sameNumber(current.numerator, request.numerator())
                && sameNumber(current.denominator, request.denominator())
                && Objects.equals(current.source, request.source())
                && Objects.equals(current.methodNote, request.methodNote());
    }

    /** 12 and 12.0 are the same measurement. */
    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
