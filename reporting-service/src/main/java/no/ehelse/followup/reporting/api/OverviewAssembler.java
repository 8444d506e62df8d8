package no.ehelse.followup.reporting.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import no.ehelse.followup.reporting.indicators.StrategyView;
import no.ehelse.followup.reporting.initiatives.InitiativeStatus;
import no.ehelse.followup.reporting.initiatives.InitiativeStatusQueries;
import no.ehelse.followup.reporting.roadmap.DeliveryCounts;
import no.ehelse.followup.reporting.roadmap.DeliveryStatus;
import no.ehelse.followup.reporting.roadmap.RoadmapQueries;

/**
 * Puts the view together, for the API and for council snapshots, from the status kept when events
 * were applied: a fixed number of statements, however many goals, indicators and measurements there are.
 */
@ApplicationScoped
public class OverviewAssembler {

    @Inject
    ConsumerLag lag;

    @Inject
    IndicatorFollowUpQueries indicators;

    @Inject
    InitiativeStatusQueries initiatives;

    @Inject
    RoadmapQueries roadmap;

    /**
     * The view in brief: each goal with its assessment and indicators; its initiatives and delayed deliveries
     * are counted in the assessment and listed in the goal's own document.
     */
    public Overview overview(Map<String, Long> lags) {
        return new Overview(StrategyView.current(), goals(false), roadmap.summary(), freshness(lags));
    }

    /** Every goal with its assessment, indicators, initiatives and delayed deliveries; the parts of all goals read at once. */
    public List<Overview.GoalStatus> goals() {
        return goals(true);
    }

    /** @param listed with each goal's initiatives and delayed deliveries listed, not only counted */
    private List<Overview.GoalStatus> goals(boolean listed) {
        List<GoalView> goals = GoalView.listAll(Sort.by("id"));
        Map<String, List<IndicatorFollowUp>> indicatorsByGoal = indicators.all().stream()
                .collect(Collectors.groupingBy(i -> i.indicator().goalId(), LinkedHashMap::new, Collectors.toList()));
        Map<String, List<InitiativeStatus>> initiativesByGoal = initiatives.all().stream()
                .collect(Collectors.groupingBy(i -> i.initiative().goalId(), LinkedHashMap::new, Collectors.toList()));
        Map<String, DeliveryCounts> counts = roadmap.countsByGoal();
        Map<String, List<DeliveryStatus>> delayed = listed ? roadmap.delayedByGoal() : Map.of();
        return goals.stream().map(goal -> {
            List<InitiativeStatus> ofGoal = initiativesByGoal.getOrDefault(goal.id, List.of());
            Overview.GoalStatus status = status(goal, indicatorsByGoal.getOrDefault(goal.id, List.of()), ofGoal,
                    counts.getOrDefault(goal.id, DeliveryCounts.NONE), delayed.getOrDefault(goal.id, List.of()));
            return listed ? status : new Overview.GoalStatus(status.id(), status.kind(), status.name(), status.benefit(),
                    status.ambitions(), status.assessment(), status.indicators(), null, null);
        }).toList();
    }

    public Overview.GoalStatus goal(String id) {
        GoalView goal = GoalView.<GoalView> findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Goal " + id));
        return status(goal, indicators.indicatorsOf(id), initiatives.ofGoal(id), roadmap.countsOfGoal(id),
                roadmap.delayedOfGoal(id));
    }

    private static Overview.GoalStatus status(GoalView goal, List<IndicatorFollowUp> ofGoal,
            List<InitiativeStatus> initiativesOfGoal, DeliveryCounts deliveries, List<DeliveryStatus> delayed) {
        return new Overview.GoalStatus(goal.id, goal.kind, goal.name, goal.benefit, List.copyOf(goal.ambitions),
                GoalAssessor.assess(ofGoal, initiativesOfGoal, deliveries), ofGoal, initiativesOfGoal, delayed);
    }

    /** Every source topic, also one that has delivered nothing yet. */
    public List<Overview.Freshness> freshness() {
        return freshness(lag.perTopic());
    }

    /** @param lags the consumer lag per topic, as sampled */
    private List<Overview.Freshness> freshness(Map<String, Long> lags) {
        Map<String, TopicFreshness> fresh = TopicFreshness.<TopicFreshness> listAll().stream()
                .collect(Collectors.toMap(f -> f.topic, f -> f));
        return List.of(Topics.INDICATOR_EVENTS, Topics.INITIATIVE_EVENTS, Topics.ROADMAP_EVENTS).stream().map(topic -> {
            TopicFreshness freshness = fresh.get(topic);
            return freshness == null ? new Overview.Freshness(topic, null, null, 0, lags.get(topic))
                    : new Overview.Freshness(topic, freshness.lastOccurredAt, freshness.lastAppliedAt,
                            freshness.eventsApplied, lags.get(topic));
        }).toList();
    }
}
