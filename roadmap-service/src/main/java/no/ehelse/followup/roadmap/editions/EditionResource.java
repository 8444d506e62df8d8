package no.ehelse.followup.roadmap.editions;

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

import no.ehelse.followup.events.roadmap.Edition;
import no.ehelse.followup.platform.idempotency.Idempotent;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.roadmap.RoadmapRuleTexts;

@Path("/api/v1/editions")
@Tag(name = "Editions", description = "Utgaver: frozen, approved editions of the roadmap, such as Veikart 2025")
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {

    @Inject
    EditionCatalog editions;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "listEditions", summary = "List the editions", description = "Requires any role. In order of approval.")
    public List<EditionSummary> list() {
        return editions.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "getEdition", summary = "Get an edition", description = "Requires any role. The roadmap as it was frozen; it never changes.")
    public Edition get(@PathParam("id") @Parameter(example = "1") long id) {
        return editions.get(id);
    }

    @GET
    @Path("{id}/comparison")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "compareEditions", summary = "Compare today's plans with an edition", description = "Requires any role. " + RoadmapRuleTexts.COMPARISON)
    public EditionComparison compare(@PathParam("id") @Parameter(example = "1") long id) {
        return editions.compare(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Idempotent
    @APIResponseSchema(value = Edition.class, responseCode = "201", responseDescription = "The frozen edition")
    @Operation(operationId = "freezeEdition", summary = "Freeze the roadmap as an edition",
            description = "Requires admin. Freezes every delivery in the roadmap as it is now: its phase, planned timeline "
                    + "and milestones (baseline, forecast and actual dates). An edition never changes; a name already used "
                    + "is a 409 naming name; approvedOn in the future is a 400. Publishes EditionFrozen. Honours "
                    + "Idempotency-Key.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "Veikart 2025", value = """
                    {"name": "Veikart 2025", "approvedBy": "Nasjonalt e-helseråd", "approvedOn": "2025-06-30",
                     "description": "Veikart for nasjonal e-helsestrategi 2022–2028, 2025-utgaven"}""")))
    public Response freeze(@HeaderParam(Idempotent.HEADER)
            @Parameter(description = "Any unique string per logical request, e.g. a UUID") String idempotencyKey,
            @Valid @NotNull EditionRequest request) {
        Edition edition = editions.freeze(request);
        return Response.created(URI.create("/api/v1/editions/" + edition.id())).entity(edition).build();
    }
}
