package no.ehelse.followup.reporting.api;

import java.util.List;
import java.util.Map;

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
import no.ehelse.followup.reporting.actors.ActorQueries;
import no.ehelse.followup.reporting.actors.ActorStatus;
import no.ehelse.followup.reporting.consumer.ConsumerLag;
import no.ehelse.followup.reporting.goals.GoalAssessor;
import no.ehelse.followup.reporting.indicators.IndicatorAssessor;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUpQueries;
import no.ehelse.followup.reporting.indicators.MeasurementSeries;
import no.ehelse.followup.reporting.initiatives.InitiativeStatus;
import no.ehelse.followup.reporting.initiatives.InitiativeStatusQueries;
import no.ehelse.followup.reporting.roadmap.DeliveryStatus;
import no.ehelse.followup.reporting.roadmap.RoadmapQueries;
import no.ehelse.followup.reporting.roadmap.RoadmapStatus;
import no.ehelse.followup.rules.initiative.RuleTexts;
import no.ehelse.followup.rules.roadmap.SubGoalDelays;

/** The status view's overview, goals, roadmap and organisations; indicators and initiatives have resources of their own. */
@Path("/api/v1/status")
@Tag(name = "Status", description = "The aggregated status view, fed only by the suite's change events. Every status "
        + "resource answers with a weak ETag drawn from its document and Cache-Control: private, no-cache (the view changes "
        + "whenever an event is applied): send the ETag back in If-None-Match and an unchanged document is 304 without a "
        + "body. Responses are compressed (br or gzip) when the request accepts it.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
public class StatusResource {

    private static final String DELIVERY_RULE = "A delivery's phase, majorityPhase and milestone delays are as "
            + "roadmap-service published them: phase is the highest phase from 3 on that more than half of the participants "
            + "have reached, else the national phase; a milestone is significantly delayed when (actual, else forecast) − "
            + "baseline exceeds the threshold.";
    static final String DELAY_SHARES = "Indicators 5.2 and 5.3 from each milestone as roadmap-service last published it. "
            + SubGoalDelays.RULE;

    @Inject
    OverviewAssembler overview;

    @Inject
    RoadmapQueries roadmap;

    @Inject
    ActorQueries actors;

    @Inject
    ViewDocuments documents;

    @Inject
    ConsumerLag lag;

    @GET
    @Path("overview")
    @Operation(operationId = "getOverview", summary = "Status per goal, the roadmap, and the view's freshness",
            description = "Requires any role. Every goal with its assessment, indicators, initiatives and delayed deliveries; "
                    + "the roadmap's summary per sub-goal; per source topic the last event applied and the consumer lag. "
                    + "Bounded: each indicator with at most its last " + IndicatorAssessor.POINTS + " points (the series "
                    + "are at indicators/{id}/measurements), each goal with at most " + RoadmapQueries.LISTED
                    + " delayed deliveries, each delay share with at most " + RoadmapQueries.LISTED + " delayed "
                    + "milestones (the whole roadmap is at roadmap). "
                    + GoalAssessor.RULE)
    public Overview overview() {
        // The lag is sampled in the background; a new sample is a new document.
        Map<String, Long> lags = lag.perTopic();
        return documents.document("overview", () -> overview.overview(lags), lags);
    }

    @GET
    @Path("goals/{id}")
    @Operation(operationId = "getGoalStatus", summary = "Status of a goal", description = "Requires any role. 404 for an unknown goal. Bounded as the "
            + "overview's goals are. " + GoalAssessor.RULE)
    public Overview.GoalStatus goal(@PathParam("id") @Parameter(example = "2") String id) {
        return documents.document("goal", () -> overview.goal(id), id);
    }

    @GET
    @Path("roadmap")
    @Operation(operationId = "getRoadmapStatus", summary = "The roadmap per sub-goal, and indicators 5.2 and 5.3 computed from it",
            description = "Requires any role. Per sub-goal the distribution of its deliveries over the phases. "
                    + DELIVERY_RULE + " " + DELAY_SHARES)
    public RoadmapStatus roadmap() {
        return documents.document("roadmap", roadmap::roadmap);
    }

    @GET
    @Path("deliveries/{id}")
    @Operation(operationId = "getDeliveryStatus", summary = "Status of a delivery", description = "Requires any role. 404 for an unknown or removed delivery. "
            + DELIVERY_RULE)
    public DeliveryStatus delivery(@PathParam("id") @Parameter(example = "pasientens-legemiddelliste") String id) {
        return documents.document("delivery", () -> roadmap.delivery(id), id);
    }

    @GET
    @Path("actors/{orgnr}")
    @Operation(operationId = "getActorStatus", summary = "What an organisation owns or reports, and what it has not reported on time",
            description = "Requires any role. 400 naming orgnr for an invalid organisation number. " + ActorQueries.RULE)
    public ActorStatus actor(@PathParam("orgnr") @Parameter(example = "994598759") String organisationNumber) {
        return documents.document("actor", () -> actors.actor(organisationNumber), organisationNumber);
    }
}
