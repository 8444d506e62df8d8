package no.ehelse.followup.reporting.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.reporting.initiatives.InitiativeStatus;
import no.ehelse.followup.reporting.initiatives.InitiativeStatusQueries;
import no.ehelse.followup.rules.initiative.RuleTexts;

/** Initiatives' status, as of today. */
@Path("/api/v1/status/initiatives")
@Tag(name = "Status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
public class InitiativeStatusResource {

    @Inject
    InitiativeStatusQueries initiatives;

    @Inject
    ViewDocuments documents;

    @GET
        @Operation(operationId = "listInitiativeStatuses", summary = "Status of every initiative", description = "Requires any role. In id order. "
            + RuleTexts.DERIVED_STATUS)
    public List<InitiativeStatus> initiatives() {
        return documents.document("initiatives", initiatives::all);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInitiativeStatus", summary = "Status of an initiative",
            description = "Requires any role. 404 for an unknown initiative. The latest report of each owner, the status "
                    + "derived from them, and the overdue reports, as of today. " + RuleTexts.DERIVED_STATUS + " "
                    + RuleTexts.OVERDUE)
    public InitiativeStatus initiative(@PathParam("id") @Parameter(example = "2.B") String id) {
        return documents.document("initiative", () -> initiatives.initiative(id), id);
    }
}
