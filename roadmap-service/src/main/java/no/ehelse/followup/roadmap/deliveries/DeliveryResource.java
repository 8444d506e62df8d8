package no.ehelse.followup.roadmap.deliveries;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.platform.web.QueryParams;
import no.ehelse.followup.roadmap.RoadmapRuleTexts;

@Path("/api/v1/deliveries")
@Tag(name = "Deliveries", description = "Leveranser/aktiviteter of the roadmap: owner, participants, priority, planned "
        + "timeline per phase, and the phase by the majority rule")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    /** Delmål 2.B in Veikart for nasjonal e-helsestrategi (2025): the first of the council model's five prioritised measures. */
    static final String PLL = """
            {"subGoalId": "2.B", "name": "Pasientens legemiddelliste",
             "description": "En samlet og oppdatert oversikt over hvilke legemidler pasienten bruker, med informasjon fra hele helsetjenesten.",
             "nationalOwner": {"organisationNumber": "994598759", "name": "Norsk helsenett SF"},
             "participants": [{"organisationNumber": "991324968", "name": "Helse Sør-Øst RHF"},
                              {"organisationNumber": "983658725", "name": "Helse Vest RHF"},
                              {"organisationNumber": "983658776", "name": "Helse Midt-Norge RHF"},
                              {"organisationNumber": "883658752", "name": "Helse Nord RHF"},
                              {"name": "Kommuner"}],
             "prioritised": true, "priorityRank": 1,
             "timeline": [{"phase": "DEVELOPMENT_LIMITED_TRIAL", "from": "2022", "to": "2024Q1", "certainty": "PLANNED",
                           "text": "Utprøvingsprosjektet i Helse Vest ble avsluttet i mars 2024"},
                          {"phase": "ADAPTATION_EXTENDED_TRIAL", "from": "2024Q2", "to": "2026Q4", "certainty": "TENTATIVE",
                           "text": "Helse Nord leder utviklingen av PLL-funksjonalitet i DIPS Arena"},
                          {"phase": "INTRODUCTION", "from": "2026", "to": "2028", "certainty": "TENTATIVE"}],
             "nationalPhase": "DEVELOPMENT_LIMITED_TRIAL"}""";

    @Inject
    DeliveryCatalog deliveries;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "listDeliveries", summary = "List the roadmap's deliveries",
            description = "Requires any role. Filters combine. Prioritised deliveries come first, in rank order, then the "
                    + "rest by sub-goal and id. " + RoadmapRuleTexts.MAJORITY)
    public List<Delivery> list(
            @QueryParam("subGoal") @Parameter(description = "Sub-goal id", example = "2.B") String subGoal,
            @QueryParam("actor") @Size(min = 1, max = 300)
            @Parameter(description = "An actor's organisation number or name: deliveries it participates in or owns",
                    example = "983658725") String actor,
            @QueryParam("phase") @Parameter(description = "The delivery's phase (by the majority rule)",
                    schema = @Schema(implementation = Phase.class)) String phase,
            @QueryParam("prioritised") @Parameter(description = "true or false", schema = @Schema(type = SchemaType.BOOLEAN))
            String prioritised,
            @QueryParam("delayed") @Parameter(description = "true: with at least one significantly delayed milestone; "
                    + "false: with none", schema = @Schema(type = SchemaType.BOOLEAN)) String delayed) {
        return deliveries.list(new DeliveryCatalog.Filter(subGoal, actor, QueryParams.enumeration("phase", phase, Phase.class),
                QueryParams.bool("prioritised", prioritised), QueryParams.bool("delayed", delayed)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "getDelivery", summary = "Get a delivery", description = "Requires any role. Its full state: participants with their "
            + "latest progress, majority phase, timeline and milestones with their delays.")
    public Delivery get(@PathParam("id") @Parameter(example = "pasientens-legemiddelliste") String id) {
        return deliveries.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = Delivery.class, responseDescription = "The delivery (201 when created)")
    @Operation(operationId = "defineDelivery", summary = "Define or change a delivery",
            description = "Requires admin. Idempotent: the same definition again changes nothing (200, X-Write-Outcome: "
                    + "UNCHANGED). 201 when created. The id is a slug chosen by the admin. Participants are identified by "
                    + "organisation number, else by name; a participant removed here keeps its reports in the history but "
                    + "no longer counts for the majority. A priority rank held by another delivery is a 409 naming "
                    + "priorityRank. A removed delivery's id is not reused (409).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Pasientens legemiddelliste (delmål 2.B, prioritised 1)", value = PLL)))
    public Response define(
            @PathParam("id") @Pattern(regexp = DeliveryRules.ID_PATTERN, message = "must be a slug such as pasientens-legemiddelliste")
            @Size(max = 100) @Parameter(example = "pasientens-legemiddelliste") String id,
            @Valid @NotNull DeliveryRequest request) {
        DeliveryCatalog.Written written = deliveries.define(id, request);
        return written.outcome().respond(written.delivery(), URI.create("/api/v1/deliveries/" + id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Removed")
    @Operation(operationId = "removeDelivery", summary = "Drop a delivery from the roadmap",
            description = "Requires admin. 204. It disappears from the lists and from delay shares from today on; editions "
                    + "that hold it keep it, and their comparison lists it as DROPPED. Publishes DeliveryRemoved.")
    public Response remove(@PathParam("id") @Parameter(example = "pasientens-legemiddelliste") String id) {
        deliveries.remove(id);
        return Response.noContent().build();
    }
}
