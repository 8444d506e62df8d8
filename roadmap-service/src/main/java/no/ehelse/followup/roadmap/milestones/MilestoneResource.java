package no.ehelse.followup.roadmap.milestones;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.events.roadmap.Milestone;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.roadmap.RoadmapRuleTexts;

@Path("/api/v1/deliveries/{id}/milestones")
@Tag(name = "Milestones", description = "Milepæler: baseline, forecast and actual dates, and delays")
@Produces(MediaType.APPLICATION_JSON)
public class MilestoneResource {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    @Inject
    MilestonePlanner planner;

    @Inject
    MilestoneTracker tracker;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "listMilestones", summary = "A delivery's milestones", description = "Requires any role. In order of baseline date, each with "
            + "its delay and its history of forecast and actual-date changes. " + RoadmapRuleTexts.DELAY)
    public List<Milestone> list(@PathParam("id") @Parameter(example = "pasientens-legemiddelliste") String id) {
        return planner.list(id);
    }

    @GET
    @Path("{milestoneId}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "getMilestone", summary = "Get a milestone", description = "Requires any role. " + RoadmapRuleTexts.DELAY)
    public Milestone get(@PathParam("id") @Parameter(example = "pasientens-legemiddelliste") String id,
            @PathParam("milestoneId") @Parameter(example = "sfm-legevakt") String milestoneId) {
        return planner.get(id, milestoneId);
    }

    @PUT
    @Path("{milestoneId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = Milestone.class, responseDescription = "The milestone (201 when created)")
    @Operation(operationId = "defineMilestone", summary = "Define or change a milestone",
            description = "Requires admin. Defines the milestone from the approved plan: its baseline date (the forecast "
                    + "starts there) and its phase are fixed from then on; a different baselineDate or phase later is a "
                    + "409 naming the field, and nothing is written. Name, deliverable and text may change. Idempotent: "
                    + "the same definition again is 200 UNCHANGED; 201 when created. " + RoadmapRuleTexts.DELAY)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "SFM for legevakt (delmål 2.B)", value = """
                    {"name": "SFM-versjon for legevakt ferdigstilt", "phase": "DEVELOPMENT_LIMITED_TRIAL",
                     "deliverable": "Sentral forskrivningsmodul for legevakt", "baselineDate": "2025-12-31",
                     "text": "Norsk helsenett SF skal per nåværende planer ferdigstille en versjon for legevakt i løpet av 2025"}""")))
    public Response define(@PathParam("id") @Parameter(example = "pasientens-legemiddelliste") String id,
            @PathParam("milestoneId") @Pattern(regexp = SLUG, message = "must be a slug such as sfm-legevakt") @Size(max = 100)
            @Parameter(example = "sfm-legevakt") String milestoneId,
            @Valid @NotNull MilestoneRequest request) {
        return respond(id, planner.define(id, milestoneId, request));
    }

    @DELETE
    @Path("{milestoneId}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Removed")
    @Operation(operationId = "removeMilestone", summary = "Drop a milestone", description = "Requires admin. 204. It no longer counts in delay shares from "
            + "today on; earlier dates and editions keep it. Its id is not reused.")
    public Response remove(@PathParam("id") @Parameter(example = "pasientens-legemiddelliste") String id,
            @PathParam("milestoneId") @Parameter(example = "sfm-legevakt") String milestoneId) {
        planner.remove(id, milestoneId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{milestoneId}/forecast")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REPORTER, Roles.ADMIN })
    @APIResponseSchema(value = Milestone.class, responseDescription = "The milestone with its history")
    @Operation(operationId = "forecastMilestone", summary = "Change a milestone's forecast date",
            description = "Requires reporter for the delivery's national owner, or admin; other organisations, participants "
                    + "included, get 403. reason is required (400 naming it otherwise). The change is kept with who "
                    + "(organisation and client), when and why. The same forecast again is 200 UNCHANGED. A reached "
                    + "milestone has no forecast (409). " + RoadmapRuleTexts.DELAY)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "SFM for legevakt slips", value = """
                    {"forecastDate": "2026-06-30",
                     "reason": "Leverandørenes integrasjon med SFM har tatt lengre tid enn planlagt"}""")))
    public Response forecast(@PathParam("id") @Parameter(example = "pasientens-legemiddelliste") String id,
            @PathParam("milestoneId") @Parameter(example = "sfm-legevakt") String milestoneId,
            @Valid @NotNull ForecastRequest request) {
        return respond(id, tracker.forecast(id, milestoneId, request));
    }

    @PUT
    @Path("{milestoneId}/actual")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REPORTER, Roles.ADMIN })
    @APIResponseSchema(value = Milestone.class, responseDescription = "The milestone with its history")
    @Operation(operationId = "reachMilestone", summary = "Record the date a milestone was reached",
            description = "Requires reporter for the delivery's national owner, or admin; others get 403. Not in the future "
                    + "(400 naming actualDate). Correcting a recorded date needs a reason. Kept with who, when and why. "
                    + RoadmapRuleTexts.DELAY)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "Utprøvingen i Helse Vest avsluttet", value = "{\"actualDate\": \"2024-03-31\"}")))
    public Response reach(@PathParam("id") @Parameter(example = "pasientens-legemiddelliste") String id,
            @PathParam("milestoneId") @Parameter(example = "sfm-legevakt") String milestoneId,
            @Valid @NotNull ActualRequest request) {
        return respond(id, tracker.reach(id, milestoneId, request));
    }

    private static Response respond(String deliveryId, MilestoneWritten written) {
        return written.outcome().respond(written.milestone(),
                URI.create("/api/v1/deliveries/" + deliveryId + "/milestones/" + written.milestone().id()));
    }
}
