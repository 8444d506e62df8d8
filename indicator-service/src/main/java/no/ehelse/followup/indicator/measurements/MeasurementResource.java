package no.ehelse.followup.indicator.measurements;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.platform.idempotency.Idempotent;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.platform.web.QueryParams;

@Path("/api/v1/indicators/{id}/measurements")
@Tag(name = "Measurements", description = "Målinger: the values organisations report for an indicator, per period")
@Produces(MediaType.APPLICATION_JSON)
public class MeasurementResource {

    @Inject
    MeasurementRecorder recorder;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "listMeasurements", summary = "List an indicator's measurements",
            description = "Requires any role. The current revision of each (period, reporter) by default; "
                    + "history=true lists every revision.")
    public List<MeasurementView> list(@PathParam("id") @Parameter(example = "4.2.1") String id,
            @QueryParam("history") @Parameter(description = "true: every revision, corrected ones too",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String history) {
        return recorder.list(id, Boolean.TRUE.equals(QueryParams.bool("history", history))).stream()
                .map(MeasurementView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REPORTER, Roles.ADMIN })
    @Transactional
    @Idempotent
    @APIResponseSchema(value = MeasurementView.class, responseCode = "201", responseDescription = "The revision as "
            + "recorded (201 for a first report, 200 for a correction or an unchanged re-send)")
    @Operation(operationId = "recordMeasurement", summary = "Report a measurement",
            description = "Requires reporter (for an indicator the calling organisation is registered to report) or "
                    + "admin. The reporter is the organisation in the token. A different value for the same period is a "
                    + "correction (a new revision, 200, X-Write-Outcome: UPDATED); the same values again change nothing "
                    + "(200, UNCHANGED); 201 for a first report. With an Idempotency-Key header a re-send returns the "
                    + "original response (Idempotent-Replayed: true); the same key with another body is a 422.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "4.2.1, 147 of 356 municipalities on 29.11.2022", value = """
                    {"period": "2022-11-29", "value": 147, "numerator": 147, "denominator": 356,
                     "source": "NHN/Direktoratet for e-helse", "methodNote": "Kommuner som har innført kjernejournal"}""")))
    public Response record(@PathParam("id") @Parameter(example = "4.2.1") String id,
            @HeaderParam(Idempotent.HEADER) @Parameter(description = "Any unique string per logical request, e.g. a UUID")
            String idempotencyKey,
            @Valid @NotNull MeasurementRequest request) {
        MeasurementRecorder.Recorded recorded = recorder.record(id, request);
        MeasurementView measurement = MeasurementView.of(recorded.measurement());
        return recorded.outcome().respond(measurement,
                URI.create("/api/v1/indicators/" + id + "/measurements?period=" + measurement.period()));
    }
}
