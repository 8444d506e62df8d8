package no.ehelse.followup.roadmap.progress;

import java.net.URI;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.platform.idempotency.Idempotent;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.roadmap.RoadmapRuleTexts;

@Path("/api/v1/deliveries/{id}/progress")
@Tag(name = "Progress", description = "Fremdrift: the phase each participating actor has reached, and the national phase")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    @Inject
    ProgressRecorder recorder;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "listProgress", summary = "A delivery's progress history",
            description = "Requires any role. Every report, oldest first; the newest of each actor is current.")
    public List<ProgressReportView> history(@PathParam("id") @Parameter(example = "pasientens-legemiddelliste") String id) {
        return recorder.history(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REPORTER, Roles.ADMIN })
    @Transactional
    @Idempotent
    @APIResponseSchema(value = Delivery.class, responseCode = "201", responseDescription = "The delivery with its new phase")
    @Operation(operationId = "reportProgress", summary = "Report progress",
            description = "Requires reporter or admin. A participating actor reports its own phase (ADAPTATION_EXTENDED_TRIAL, "
                    + "INTRODUCTION or NEW_PRACTICE); the national owner sets the national phase (CONCEPT_MANDATE or "
                    + "DEVELOPMENT_LIMITED_TRIAL); the admin may do either, for any participant (also those without an "
                    + "organisation number, named by name). Others get 403: an organisation that neither participates nor "
                    + "owns the delivery, a participant reporting for another actor or setting a national phase. The admin "
                    + "naming an actor that does not participate gets 400 naming actor. An earlier phase than the actor's "
                    + "current one without a reason is a 400 naming reason; an asOf before the actor's latest report is a 400. "
                    + "201 with the delivery's new state. Repeating the actor's current report, re-sending an earlier one "
                    + "(same asOf, phase and figures), or the current national phase again changes nothing (200, "
                    + "X-Write-Outcome: UNCHANGED), so a loader may replay history. Honours Idempotency-Key. " + RoadmapRuleTexts.MAJORITY)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "Helse Vest reports its own phase", value = """
                    {"phase": "ADAPTATION_EXTENDED_TRIAL", "asOf": "2025-06-30",
                     "text": "Helse Vest planlegger videre innføring i regionen, koordinert med kommunene"}"""),
            @ExampleObject(name = "The admin reports for Helse Midt-Norge, with a figure", value = """
                    {"actor": "983658776", "phase": "INTRODUCTION", "asOf": "2025-06-30", "value": 34, "unit": "kommuner",
                     "text": "34 kommuner i Midt-Norge benytter SFM gjennom Helseplattformen"}"""),
            @ExampleObject(name = "Moving back needs a reason", value = """
                    {"phase": "ADAPTATION_EXTENDED_TRIAL", "asOf": "2025-09-30",
                     "reason": "Innføringen er stanset til ny versjon av DIPS Arena med PLL-funksjonalitet er godkjent"}""") }))
    public Response report(@PathParam("id") @Parameter(example = "pasientens-legemiddelliste") String id,
            @HeaderParam(Idempotent.HEADER) @Parameter(description = "Any unique string per logical request, e.g. a UUID")
            String idempotencyKey,
            @Valid @NotNull ProgressRequest request) {
        ProgressRecorder.Recorded recorded = recorder.report(id, request);
        Delivery delivery = recorded.delivery();
        return recorded.outcome().respond(delivery, URI.create("/api/v1/deliveries/" + id + "/progress"));
    }
}
