package no.ehelse.followup.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.contract.security.Roles;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUpQueries;

@Path("/api/v1/status")
@Tag(name = "Status", description = "The aggregated status view, fed by the suite's change events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
public class StatusResource {

    @Inject
    IndicatorFollowUpQueries indicators;

    @Inject
    OverviewAssembler overview;

    @GET
    @Path("overview")
    @Operation(summary = "Status per goal", description = "Requires any role.")
    public Overview overview() {
        return overview.overview();
    }

    @GET
    @Path("indicators/{id}")
    @Operation(summary = "Status of an indicator", description = "Requires any role. The latest measured value.")
    public IndicatorFollowUp indicator(@PathParam("id") @Parameter(example = "4.2.1") String id) {
        return indicators.indicator(id);
    }
}
