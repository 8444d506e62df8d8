package no.ehelse.followup.indicator.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.hl7.fhir.r4.model.MeasureReport;

import no.ehelse.followup.indicator.indicators.IndicatorCatalog;
import no.ehelse.followup.indicator.indicators.IndicatorEntity;
import no.ehelse.followup.indicator.measurements.MeasurementEntity;
import no.ehelse.followup.indicator.measurements.MeasurementRecorder;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.web.WriteOutcome;

/**
 * Writes one MeasureReport as a measurement, through the same recorder and rules as the REST API:
 * a new series, a new revision of it, or nothing when it says what the current revision says. The
 * indicator is locked first, so that a version check (If-Match) and the write it guards are one
 * step no other writer of the series can come between.
 */
@ApplicationScoped
class ReportWrites {

    record Written(MeasurementEntity revision, WriteOutcome outcome) {

        ReportId id() {
            return ReportId.of(revision.seriesKey());
        }
    }

    @Inject
    IndicatorCatalog indicators;

    @Inject
    MeasurementRecorder recorder;

    @Inject
    CallerIdentity caller;

    /** {@code PUT MeasureReport/{id}}: the report must carry that id, as FHIR's update requires. */
    @Transactional(Transactional.TxType.MANDATORY)
    Written update(String id, MeasureReport report, Integer ifMatch) {
        if (!report.hasIdElement() || !id.equals(report.getIdElement().getIdPart())) {
            throw FhirProblem.badRequest("The MeasureReport's id must be " + id + ", the id in the URL", "MeasureReport.id");
        }
        return write(report, id, ifMatch);
    }

    /**
     * {@code PUT MeasureReport?criteria}: the one report the criteria match is updated, a new one
     * created when none does; more than one is a 412. The series key keeps this race-free: two
     * such updates at once both find none and still write one series, the second as its revision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Written conditionalUpdate(MultivaluedMap<String, String> criteria, MeasureReport report, Integer ifMatch) {
        MultivaluedMap<String, String> search = new MultivaluedHashMap<>(criteria);
        search.remove("_count");
        search.remove("_offset");
        ReportSearch.Page matches = ReportSearch.search(search);
        if (matches.applied().isEmpty()) {
            throw FhirProblem.badRequest("A conditional update needs search criteria, e.g. measure, period and reporter",
                    null);
        }
        if (matches.total() > 1) {
            throw FhirProblem.preconditionFailed("The criteria match " + matches.total() + " MeasureReports; a "
                    + "conditional update needs them to match one at most");
        }
        String matched = matches.total() == 1 ? ReportId.of(matches.reports().get(0).seriesKey()).toString() : null;
        if (matched != null && report.hasIdElement() && !matched.equals(report.getIdElement().getIdPart())) {
            throw FhirProblem.badRequest("The criteria match MeasureReport/" + matched + ", not the report's id "
                    + report.getIdElement().getIdPart(), "MeasureReport.id");
        }
        return write(report, matched, ifMatch);
    }

    /**
     * @param expectedId the id the report must have (an update of {@code MeasureReport/{id}}), or null
     * @param ifMatch    the version that must be current (0: none yet), or null for any
     * @throws FhirProblem naming the offending element; the caller's transaction must then roll back
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Written write(MeasureReport report, String expectedId, Integer ifMatch) {
        String indicatorId = MeasureReportMapper.indicatorId(report);
        IndicatorEntity indicator;
        try {
            indicator = indicators.lock(indicatorId);
        } catch (ProblemException e) {
            throw FhirProblem.rule("Measure/" + indicatorId + " is not a known indicator", "MeasureReport.measure");
        }
        MeasureReportMapper.Submission submission = MeasureReportMapper.read(report, indicatorId, indicator.unit.kind());
        String organisation = caller.organisation().orElseThrow(() -> FhirProblem.forbidden(
                "The access token names no organisation to report for", null));
        if (!submission.id().reporter().equals(organisation)) {
            throw FhirProblem.forbidden("The reporter " + submission.id().reporter()
                    + " is not the calling organisation " + organisation, "MeasureReport.reporter");
        }
        if (expectedId != null && !expectedId.equals(submission.id().toString())) {
            throw FhirProblem.badRequest("The report's measure, period and reporter make it MeasureReport/"
                    + submission.id() + ", not MeasureReport/" + expectedId + "; they cannot change", "MeasureReport");
        }
        if (ifMatch != null) {
            int current = ReportRevisions.current(submission.id()).map(r -> r.revision).orElse(0);
            if (current != ifMatch) {
                throw FhirProblem.preconditionFailed("MeasureReport/" + submission.id() + " is at version " + current
                        + ", not " + ifMatch + " as If-Match requires");
            }
        }
        MeasurementRecorder.Recorded recorded;
        try {
            recorded = recorder.record(indicatorId, submission.request());
        } catch (ProblemException e) {
            throw violation(e, submission);
        }
        return new Written(MeasurementEntity.findById(recorded.revisionId()), recorded.outcome());
    }

    /** The recorder's answer as the rule of the report it breaks, pointing at the element concerned. */
    private static FhirProblem violation(ProblemException e, MeasureReportMapper.Submission submission) {
        return switch (e.type()) {
            case FORBIDDEN -> FhirProblem.rule(e.getMessage(), "MeasureReport.reporter");
            case CONFLICT, NOT_FOUND -> FhirProblem.rule(e.getMessage(), "MeasureReport.measure");
            default -> {
                FieldError first = e.errors().isEmpty() ? null : e.errors().get(0);
                yield FhirProblem.rule(e.getMessage(), first == null ? "MeasureReport" : submission.expression(first.field()));
            }
        };
    }
}
