package no.ehelse.followup.reporting.api;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.Topics;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.reporting.consumer.ConsumerLag;
import no.ehelse.followup.reporting.consumer.TopicFreshness;
import no.ehelse.followup.reporting.goals.GoalAssessor;
import no.ehelse.followup.reporting.indicators.GoalView;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUpQueries;
import no.ehelse.followup.reporting.initiatives.InitiativeStatus;
import no.ehelse.followup.reporting.initiatives.InitiativeStatusQueries;
import no.ehelse.followup.reporting.roadmap.DeliveryStatus;
import no.ehelse.followup.reporting.roadmap.RoadmapQueries;

/** Puts the whole view together, for the API and for council snapshots. */
@ApplicationScoped
public class OverviewAssembler {

    @Inject
    IndicatorFollowUpQueries indicators;

    @Inject
    InitiativeStatusQueries initiatives;

    @Inject
    RoadmapQueries roadmap;

    @Inject
    ConsumerLag lag;

    public Overview overview() {
        List<Overview.GoalStatus> goals = GoalView.<GoalView> listAll(Sort.by("id")).stream().map(this::status).toList();
        return new Overview(goals, roadmap.roadmap(), freshness());
    }

    public Overview.GoalStatus goal(String id) {
        return status(GoalView.<GoalView> findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Goal " + id)));
    }

    private Overview.GoalStatus status(GoalView goal) {
        List<IndicatorFollowUp> ofGoal = indicators.indicatorsOf(goal.id);
        List<InitiativeStatus> initiativesOfGoal = initiatives.ofGoal(goal.id);
        List<DeliveryStatus> deliveries = roadmap.deliveriesOfGoal(goal.id);
        return new Overview.GoalStatus(goal.id, goal.kind, goal.name,
                GoalAssessor.assess(ofGoal, initiativesOfGoal, deliveries), ofGoal, initiativesOfGoal,
                deliveries.stream().filter(DeliveryStatus::significantlyDelayed).toList());
    }

    /** Every source topic, also one that has delivered nothing yet. */
    private List<Overview.Freshness> freshness() {
        Map<String, Long> lags = lag.perTopic();
        return List.of(Topics.INDICATOR_EVENTS, Topics.INITIATIVE_EVENTS, Topics.ROADMAP_EVENTS).stream().map(topic -> {
            TopicFreshness freshness = TopicFreshness.findById(topic);
            return freshness == null ? new Overview.Freshness(topic, null, null, 0, lags.get(topic))
                    : new Overview.Freshness(topic, freshness.lastOccurredAt, freshness.lastAppliedAt,
                            freshness.eventsApplied, lags.get(topic));
        }).toList();
    }
}
