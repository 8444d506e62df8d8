package no.ehelse.followup.reporting.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.contract.indicator.GoalKind;
import no.ehelse.followup.contract.security.Roles;
import no.ehelse.followup.reporting.consumer.TopicFreshness;
import no.ehelse.followup.reporting.indicators.GoalView;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUpQueries;

@Path("/api/v1/status")
@Tag(name = "Status", description = "The aggregated status view, fed by the suite's change events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
public class StatusResource {

    @Schema(name = "Overview")
    public record Overview(List<GoalStatus> goals, List<Freshness> freshness) {
    }

    @Schema(name = "GoalStatus")
    public record GoalStatus(String id, GoalKind kind, String name, List<IndicatorFollowUp> indicators) {
    }

    @Schema(name = "Freshness", description = "When a source topic last delivered an event to the view")
    public record Freshness(String topic, Instant lastEventOccurredAt, Instant lastAppliedAt, long eventsApplied) {
    }

    @Inject
    IndicatorFollowUpQueries indicators;

    @GET
    @Path("overview")
    @Operation(summary = "Status per goal", description = "Requires any role.")
    public Overview overview() {
        List<GoalStatus> goals = GoalView.<GoalView> listAll(Sort.by("id")).stream()
                .map(g -> new GoalStatus(g.id, g.kind, g.name, indicators.indicatorsOf(g.id)))
                .toList();
        List<Freshness> freshness = TopicFreshness.<TopicFreshness> listAll(Sort.by("topic")).stream()
                .map(f -> new Freshness(f.topic, f.lastOccurredAt, f.lastAppliedAt, f.eventsApplied))
                .toList();
        return new Overview(goals, freshness);
    }

    @GET
    @Path("indicators/{id}")
    @Operation(summary = "Status of an indicator", description = "Requires any role. The latest measured value.")
    public IndicatorFollowUp indicator(@PathParam("id") @Parameter(example = "4.2.1") String id) {
        return indicators.indicator(id);
    }
}
