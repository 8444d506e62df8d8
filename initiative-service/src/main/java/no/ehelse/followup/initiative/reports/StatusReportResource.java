package no.ehelse.followup.initiative.reports;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.platform.web.QueryParams;
import no.ehelse.followup.rules.initiative.RuleTexts;
import no.ehelse.followup.rules.period.ReportingPeriod;

@Path("/api/v1/initiatives/{id}/status-reports")
@Tag(name = "Status reports", description = "Statusrapporter: each owner's status on an initiative per reporting period")
@Produces(MediaType.APPLICATION_JSON)
public class StatusReportResource {

    @Inject
    StatusReportRecorder recorder;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "listStatusReports", summary = "List an initiative's status reports",
            description = "Requires any role. The current revision of each (period, owner) by default, history=true lists "
                    + "every revision; by period (end, then start), owner and revision.")
    public List<StatusReportView> list(@PathParam("id") @Parameter(example = "2.B") String id,
            @QueryParam("history") @Parameter(description = "true: every revision, corrected ones too",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String history,
            @QueryParam("owner") @Parameter(description = "Only this owner's reports (organisation number)",
                    example = "994598759") String owner,
            @QueryParam("period") @Parameter(description = "Only reports for this period", example = "2025T2") String period) {
        return recorder.list(id, Boolean.TRUE.equals(QueryParams.bool("history", history)), owner, normalised(period))
                .stream().map(StatusReportView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REPORTER, Roles.ADMIN })
    @Transactional
    @Idempotent
    @APIResponseSchema(value = StatusReportView.class, responseCode = "201", responseDescription = "The report's revision as "
            + "recorded (201 for a first report, 200 for a correction or an unchanged re-send)")
    @Operation(operationId = "submitStatusReport", summary = "Submit a status report",
            description = "Requires reporter (an owner of the initiative) or admin. " + RuleTexts.WHO_REPORTS + " The "
                    + "period is a tertial (2025T2), quarter, half-year, year, month or a date, not an interval and not one "
                    + "that has not begun; a summary is required unless overallStatus is GREEN. Invalid input is a 400 "
                    + "naming each field and writes nothing. " + RuleTexts.CORRECTIONS + " Publishes StatusReportSubmitted "
                    + "(first revision) or StatusReportCorrected.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "2.B Pasientens legemiddelliste, 2025T2, registered by the admin from the national portfolio",
                    value = """
                    {"period": "2025T2", "overallStatus": "YELLOW",
                     "assessments": {"scope": "GREEN", "schedule": "YELLOW", "cost": "GREEN", "benefits": "GREEN",
                                     "risk": "YELLOW"},
                     "summary": "Utprøvingen i Helse Vest er avsluttet; utvidet utprøving venter på ny DIPS Arena-versjon.",
                     "risks": "Leverandørenes kapasitet til å levere PLL-funksjonalitet i tide.",
                     "dependencies": "Forskrift om pasientens legemiddelliste; ny versjon av DIPS Arena.",
                     "nextSteps": "Utvidet utprøving i Helse Nord.", "progressPercent": 40}"""),
            @ExampleObject(name = "3.B Sentrale helseregistre: the admin reports for the owner FHI, on a date", value = """
                    {"period": "2025-09-15", "owner": "983744516", "overallStatus": "GREEN", "progressPercent": 55}""") }))
    public Response submit(@PathParam("id") @Parameter(example = "2.B") String id,
            @HeaderParam(Idempotent.HEADER) @Parameter(description = "Any unique string per logical request, e.g. a UUID")
            String idempotencyKey,
            @Valid @NotNull StatusReportRequest request) {
        StatusReportRecorder.Recorded recorded = recorder.submit(id, request);
        StatusReportView report = StatusReportView.of(recorded.report());
        return recorded.outcome().respond(report, URI.create("/api/v1/initiatives/" + id + "/status-reports?period="
                + URLEncoder.encode(report.period(), StandardCharsets.UTF_8) + "&owner=" + report.owner()));
    }

    private static String normalised(String period) {
        if (period == null) {
            return null;
        }
        try {
            return ReportingPeriod.parse(period).toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("period", e.getMessage());
        }
    }
}
