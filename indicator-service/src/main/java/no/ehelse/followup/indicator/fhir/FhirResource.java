package no.ehelse.followup.indicator.fhir;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.parser.DataFormatException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import no.ehelse.followup.events.indicator.Indicator;
import no.ehelse.followup.indicator.indicators.IndicatorCatalog;
import no.ehelse.followup.indicator.indicators.IndicatorEntity;
import no.ehelse.followup.indicator.measurements.MeasurementEntity;
import no.ehelse.followup.indicator.measurements.MeasurementRecorder;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.platform.web.WriteOutcome;
import no.ehelse.followup.rules.period.ReportingPeriod;

/**
 * HL7 FHIR R4 access for systems that speak FHIR: indicators as {@code Measure}, measurements as
 * {@code MeasureReport} (type summary). The same rules apply as on the REST API; errors are
 * {@code OperationOutcome}s.
 */
@Path("/fhir")
@Tag(name = "FHIR R4", description = "Indicators as Measure, measurements as MeasureReport")
@Produces(FhirJson.MEDIA_TYPE)
public class FhirResource {

    @Inject
    FhirJson fhir;

    @Inject
    IndicatorCatalog indicators;

    @Inject
    MeasurementRecorder recorder;

    @Inject
    CallerIdentity caller;

    @Context
    UriInfo uri;

    @GET
    @Path("Measure/{id}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "readFhirMeasure", summary = "An indicator as a FHIR Measure",
            description = "Requires any role. improvementNotation follows the indicator's direction; scoring is "
                    + "proportion for percent and share indicators, cohort for counts.")
    public Response measure(@PathParam("id") @Parameter(example = "4.2.1") String id) {
        try {
            Indicator indicator = indicators.get(id);
            return ok(MeasureMapper.toMeasure(indicator, measureUrl(id)));
        } catch (ProblemException e) {
            return problem(e);
        }
    }

    @POST
    @Path("MeasureReport")
    @Consumes({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.REPORTER, Roles.ADMIN })
    @Transactional
    @Operation(operationId = "submitFhirMeasureReport", summary = "Report a measurement as a FHIR MeasureReport",
            description = "Requires reporter (registered for the indicator) or admin. status complete, type summary, "
                    + "measure referencing Measure/{indicator id}, period start and end, reporter an Organization "
                    + "identified by organisation number (system urn:oid:2.16.578.1.12.4.1.4.101) that must be the "
                    + "calling organisation, and group.measureScore or population counts. 201 with the stored "
                    + "report; the same report again is 200. An invalid resource gets an OperationOutcome.")
    public Response submit(String body) {
        try {
            MeasureReport report = fhir.read(MeasureReport.class, body);
            IndicatorEntity indicator = indicators.lock(MeasureReportMapper.indicatorId(report));
            MeasureReportMapper.Submission submission = MeasureReportMapper.read(report, indicator.unit.kind());
            String organisation = caller.requireOrganisation();
            if (!submission.reporter().equals(organisation)) {
                throw ProblemException.forbidden("The reporter " + submission.reporter()
                        + " is not the calling organisation " + organisation);
            }
            ReportingPeriod period = recorder.accept(indicator, organisation, submission.request());
            MeasurementRecorder.Recorded recorded = recorder.write(indicator, organisation, period, submission.request());
            MeasureReport stored = MeasureReportMapper.toReport(recorded.measurement(), recorded.revisionId(),
                    measureUrl(indicator.id));
            Response.ResponseBuilder response = recorded.outcome() == WriteOutcome.CREATED
                    || recorded.outcome() == WriteOutcome.UPDATED
                            ? Response.created(URI.create(uri.getBaseUri() + "fhir/MeasureReport/" + recorded.revisionId()))
                            : Response.ok();
            return response.entity(fhir.write(stored)).type(FhirJson.MEDIA_TYPE)
                    .header(WriteOutcome.HEADER, recorded.outcome().name()).build();
        } catch (DataFormatException e) {
            QuarkusTransaction.setRollbackOnly();
            return outcome(Response.Status.BAD_REQUEST, OperationOutcome.IssueType.STRUCTURE, e.getMessage(), null);
        } catch (ProblemException e) {
            // Answered with an OperationOutcome rather than thrown: the write must still leave nothing behind.
            QuarkusTransaction.setRollbackOnly();
            return problem(e);
        }
    }

    @GET
    @Path("MeasureReport/{id}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "readFhirMeasureReport", summary = "A measurement revision as a FHIR MeasureReport", description = "Requires any role.")
    public Response report(@PathParam("id") String id) {
        MeasurementEntity measurement = id.matches("[0-9]{1,18}") ? MeasurementEntity.findById(Long.valueOf(id)) : null;
        if (measurement == null) {
            return outcome(Response.Status.NOT_FOUND, OperationOutcome.IssueType.NOTFOUND,
                    "MeasureReport " + id + " does not exist", null);
        }
        return ok(MeasureReportMapper.toReport(measurement.toMeasurement(), measurement.id, measureUrl(measurement.indicatorId)));
    }

    @GET
    @Path("MeasureReport")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "searchFhirMeasureReports", summary = "Search measurement reports",
            description = "Requires any role. A searchset Bundle of the current revision of each of the indicator's "
                    + "measurements.")
    public Response search(@QueryParam("measure") @Parameter(description = "Indicator id or Measure reference",
            example = "4.2.1") String measure) {
        if (measure == null || measure.isBlank()) {
            return outcome(Response.Status.BAD_REQUEST, OperationOutcome.IssueType.REQUIRED,
                    "The search parameter measure is required", "measure");
        }
        String id = measure.contains("Measure/") ? measure.substring(measure.lastIndexOf("Measure/") + 8) : measure;
        try {
            indicators.find(id);
        } catch (ProblemException e) {
            return problem(e);
        }
        List<MeasurementEntity> current = MeasurementEntity.list("indicatorId = ?1 and current = true order by periodEnd, reportedBy", id);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(current.size());
        for (MeasurementEntity measurement : current) {
            Resource report = MeasureReportMapper.toReport(measurement.toMeasurement(), measurement.id, measureUrl(id));
            bundle.addEntry().setFullUrl(uri.getBaseUri() + "fhir/MeasureReport/" + measurement.id).setResource(report)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return ok(bundle);
    }

    private String measureUrl(String indicatorId) {
        return uri.getBaseUri() + "fhir/Measure/" + indicatorId;
    }

    private Response ok(Resource resource) {
        return Response.ok(fhir.write(resource), FhirJson.MEDIA_TYPE).build();
    }

    private Response problem(ProblemException e) {
        OperationOutcome.IssueType type = switch (e.type()) {
            case NOT_FOUND -> OperationOutcome.IssueType.NOTFOUND;
            case FORBIDDEN -> OperationOutcome.IssueType.FORBIDDEN;
            case CONFLICT -> OperationOutcome.IssueType.CONFLICT;
            default -> OperationOutcome.IssueType.INVALID;
        };
        String expression = e.errors().isEmpty() ? null : e.errors().get(0).field();
        return outcome(Response.Status.fromStatusCode(e.type().status()), type, e.getMessage(), expression);
    }

    private Response outcome(Response.Status status, OperationOutcome.IssueType type, String diagnostics,
            String expression) {
        return Response.status(status).type(FhirJson.MEDIA_TYPE)
                .entity(fhir.write(FhirJson.outcome(type, diagnostics, expression))).build();
    }
}
