package no.ehelse.followup.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.reporting.consumer.ViewRebuild;

@Path("/api/v1/admin")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    ViewRebuild rebuild;

    @POST
    @Path("rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rebuild the status view from the event topics",
            description = "Requires admin. Empties the view and replays indicator-events, initiative-events and "
                    + "roadmap-events from the beginning; the result is the same view. Records that are poison "
                    + "(already on the dead-letter topic) are skipped again.")
    public ViewRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
