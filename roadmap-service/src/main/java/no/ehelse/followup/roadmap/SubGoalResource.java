package no.ehelse.followup.roadmap;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.contract.roadmap.SubGoal;
import no.ehelse.followup.contract.security.Roles;

@Path("/api/v1/subgoals")
@Tag(name = "Sub-goals", description = "Delmål of the roadmap")
@Produces(MediaType.APPLICATION_JSON)
public class SubGoalResource {

    @Inject
    SubGoalCatalog subGoals;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(summary = "List subGoals", description = "Requires any role.")
    public List<SubGoal> list() {
        return subGoals.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(summary = "Get a sub-goal", description = "Requires any role.")
    public SubGoal get(@PathParam("id") String id) {
        return subGoals.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Define or change a sub-goal", description = "Requires admin. Idempotent.")
    public Response define(@PathParam("id") @Pattern(regexp = "[1-5]\\.[A-Z]", message = "must be a sub-goal id such as 2.B") String id,
            @Valid @NotNull SubGoalRequest request) {
        SubGoalCatalog.Written written = subGoals.define(id, request);
        return written.outcome().respond(written.subGoal(), URI.create("/api/v1/subgoals/" + id));
    }
}
