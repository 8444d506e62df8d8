package no.ehelse.followup.initiative;

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

import no.ehelse.followup.contract.initiative.Initiative;
import no.ehelse.followup.contract.security.Roles;

@Path("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "Strategiske initiativ")
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    @Inject
    InitiativeCatalog initiatives;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(summary = "List initiatives", description = "Requires any role.")
    public List<Initiative> list() {
        return initiatives.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(summary = "Get an initiative", description = "Requires any role.")
    public Initiative get(@PathParam("id") String id) {
        return initiatives.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Define or change an initiative", description = "Requires admin. Idempotent.")
    public Response define(@PathParam("id") @Pattern(regexp = "[1-5]\\.[A-Z]", message = "must be an initiative id such as 2.B") String id,
            @Valid @NotNull InitiativeRequest request) {
        InitiativeCatalog.Written written = initiatives.define(id, request);
        return written.outcome().respond(written.initiative(), URI.create("/api/v1/initiatives/" + id));
    }
}
