package no.ehelse.followup.indicator.goals;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.events.indicator.Goal;
import no.ehelse.followup.platform.security.Roles;

@Path("/api/v1/goals")
@Tag(name = "Goals", description = "The strategy's 5 strategic goals and 3 overarching goals (mål)")
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource {

    @Inject
    GoalCatalog goals;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "listGoals", summary = "List the goals", description = "Requires any role (reader, reporter or admin).")
    public List<Goal> list() {
        return goals.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "getGoal", summary = "Get a goal", description = "Requires any role.")
    public Goal get(@PathParam("id") String id) {
        return goals.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "defineGoal", summary = "Define or change a goal",
            description = "Requires admin. Idempotent: the same definition again changes nothing (200, "
                    + "X-Write-Outcome: UNCHANGED). 201 when created.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "Mål 4", value = """
                    {"kind": "STRATEGIC", "name": "Tilgjengelig informasjon og styrket samhandling",
                     "description": "Digital samhandling, styrket informasjonsforvaltning og økt standardisering skal sørge for at oppdaterte helseopplysninger er sikre, av god kvalitet og lett tilgjengelig ved behov."}""")))
    public Response define(
            @PathParam("id") @Pattern(regexp = "[1-5]|O[1-3]", message = "must be 1..5 (strategic) or O1..O3 (overarching)") String id,
            @Valid @NotNull GoalRequest request) {
        GoalCatalog.Written written = goals.define(id, request);
        return written.outcome().respond(written.goal(), URI.create("/api/v1/goals/" + id));
    }
}
