package no.ehelse.followup.indicator.indicators;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.contract.indicator.Indicator;
import no.ehelse.followup.contract.indicator.IndicatorStatus;
import no.ehelse.followup.contract.indicator.IndicatorType;
import no.ehelse.followup.contract.security.Roles;

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Målindikatorer: unit, type, source, baseline and targets")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @Inject
    IndicatorCatalog indicators;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(summary = "List indicators", description = "Requires any role. Filters combine.")
    public List<Indicator> list(
            @QueryParam("goal") @Parameter(description = "Goal id", example = "4") String goal,
            @QueryParam("type") IndicatorType type,
            @QueryParam("status") IndicatorStatus status) {
        return indicators.list(goal, type, status);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(summary = "Get an indicator", description = "Requires any role.")
    public Indicator get(@PathParam("id") @Parameter(example = "4.2.1") String id) {
        return indicators.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Define or change an indicator",
            description = "Requires admin. Idempotent: the same definition again changes nothing (200, "
                    + "X-Write-Outcome: UNCHANGED). Setting status RETIRED publishes IndicatorRetired.")
    public Response define(
            @PathParam("id") @Pattern(regexp = IndicatorRules.ID_PATTERN, message = "must be an indicator id such as 1.1 or 4.2.3")
            @Parameter(example = "4.2.1") String id,
            @Valid @NotNull IndicatorRequest request) {
        IndicatorCatalog.Written written = indicators.define(id, request);
        return written.outcome().respond(written.indicator(), URI.create("/api/v1/indicators/" + id));
    }
}
