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
import no.ehelse.followup.reporting.indicators.IndicatorAssessor;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUpQueries;
import no.ehelse.followup.reporting.indicators.MeasurementSeries;
import no.ehelse.followup.reporting.roadmap.RoadmapQueries;

/** Indicators' status, and their whole series. */
@Path("/api/v1/status/indicators")
@Tag(name = "Status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
public class IndicatorStatusResource {

    @Inject
    IndicatorFollowUpQueries indicators;

    @Inject
    ViewDocuments documents;

    @GET
    @Path("{id}")
    @Operation(operationId = "getIndicatorStatus", summary = "Status of an indicator",
            description = "Requires any role. 404 for an unknown indicator. The last " + IndicatorAssessor.POINTS
                    + " points of its series (the whole series is at indicators/{id}/measurements). "
                    + IndicatorAssessor.RULE + " " + StatusResource.DELAY_SHARES)
    public IndicatorFollowUp indicator(@PathParam("id") @Parameter(example = "4.2.1") String id) {
        return documents.document("indicator", () -> indicators.indicator(id), id);
    }

    @GET
    @Path("{id}/measurements")
    @Operation(operationId = "listIndicatorMeasurements", summary = "An indicator's whole series, paged, optionally aggregated by period",
            description = "Requires any role. 404 for an unknown indicator; 400 naming the parameter for a bad one. Oldest "
                    + "first. `from` and `to` are periods (2023, 2023S1, 2023T2, 2023Q3, 2023-09, 2023-09-30): the "
                    + "measurements whose period ends within them, both included. `page` from 0, `size` 1–"
                    + IndicatorFollowUpQueries.MAX_PAGE_SIZE + " (default 100). `aggregate` (YEAR, HALF_YEAR, TERTIAL, "
                    + "QUARTER, MONTH) gives one point per such period: the measurement of the latest period ending within "
                    + "it, the most recently reported when several organisations report that period. The status documents "
                    + "carry only the last " + IndicatorAssessor.POINTS + " periods; this is where the rest is.")
    public MeasurementSeries measurements(@PathParam("id") @Parameter(example = "4.2.1") String id,
            @QueryParam("from") @Parameter(example = "2023") String from,
            @QueryParam("to") @Parameter(example = "2025Q2") String to,
            @QueryParam("page") @Parameter(example = "0") String page,
            @QueryParam("size") @Parameter(example = "100") String size,
            @QueryParam("aggregate") @Parameter(example = "QUARTER") String aggregate) {
        return documents.document("series", () -> indicators.series(id, from, to, page, size, aggregate), id, from, to,
                page, size, aggregate);
    }
}
