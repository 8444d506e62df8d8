package no.ehelse.followup.roadmap.delays;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.platform.web.QueryParams;
import no.ehelse.followup.roadmap.RoadmapRuleTexts;

@Path("/api/v1/delays")
@Tag(name = "Delays", description = "Forsinkelser: the shares behind indicators 5.2 and 5.3")
@Produces(MediaType.APPLICATION_JSON)
public class DelayResource {

    @Inject
    DelayCalculator calculator;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "getDelayShares", summary = "Shares of significantly delayed milestones on a date (indicators 5.2 and 5.3)",
            description = "Requires any role. " + RoadmapRuleTexts.DELAY_SHARES + " " + RoadmapRuleTexts.DELAY
                    + " A date ahead is answered from today's forecasts (knownOn says so); a value that is not a "
                    + "date is a 400 naming date.")
    public DelayShares shares(@QueryParam("date")
            @Parameter(description = "YYYY-MM-DD; absent means today (Europe/Oslo)", example = "2025-06-30") String date) {
        return calculator.on(QueryParams.date("date", date));
    }
}
