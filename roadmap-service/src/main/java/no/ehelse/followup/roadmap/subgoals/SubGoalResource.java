package no.ehelse.followup.roadmap.subgoals;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.events.roadmap.SubGoal;
import no.ehelse.followup.platform.security.Roles;

@Path("/api/v1/subgoals")
@Tag(name = "Sub-goals", description = "Delmål of the roadmap, 1.A … 5.C (a namespace of their own, apart from initiatives)")
@Produces(MediaType.APPLICATION_JSON)
public class SubGoalResource {

    static final String PLL = """
            {"goalId": "2",
             "name": "Helsepersonell skal ha tilgang til en felles oppdatert legemiddelliste, Pasientens legemiddelliste (PLL)",
             "description": "Pasientens legemiddelliste (PLL) er en samlet og oppdatert oversikt over hvilke legemidler pasienten bruker."}""";

    @Inject
    SubGoalCatalog subGoals;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "listSubGoals", summary = "List sub-goals", description = "Requires any role (reader, reporter or admin).")
    public List<SubGoal> list(@QueryParam("goal") @Parameter(description = "Strategic goal 1..5", example = "2") String goal) {
        return subGoals.list(goal);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "getSubGoal", summary = "Get a sub-goal", description = "Requires any role.")
    public SubGoal get(@PathParam("id") @Parameter(example = "2.B") String id) {
        return subGoals.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = SubGoal.class, responseDescription = "The sub-goal (201 when created)")
    @Operation(operationId = "defineSubGoal", summary = "Define or change a sub-goal",
            description = "Requires admin. Idempotent: the same definition again changes nothing (200, "
                    + "X-Write-Outcome: UNCHANGED). 201 when created.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Delmål 2.B Pasientens legemiddelliste", value = PLL)))
    public Response define(
            @PathParam("id") @Pattern(regexp = "[1-5]\\.[A-Z]", message = "must be a sub-goal id such as 2.B")
            @Parameter(example = "2.B") String id,
            @Valid @NotNull SubGoalRequest request) {
        SubGoalCatalog.Written written = subGoals.define(id, request);
        return written.outcome().respond(written.subGoal(), URI.create("/api/v1/subgoals/" + id));
    }
}
