package no.ehelse.followup.reporting.roadmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Milestone;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.SubGoal;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.rules.roadmap.DelayGroup;
import no.ehelse.followup.rules.roadmap.SignificantDelays;

/**
 * Reads the roadmap from the view. A delivery's phase and its milestones' delays are as
 * roadmap-service published them; this adds the distribution per sub-goal and the delay shares.
 */
@ApplicationScoped
public class RoadmapQueries {

    public DeliveryStatus delivery(String id) {
        DeliveryView view = DeliveryView.<DeliveryView> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Delivery " + id));
        return status(view.state, goalOf(view.subGoalId));
    }

    /** Every delivery whose sub-goal belongs to {@code goalId}, by sub-goal and id. */
    public List<DeliveryStatus> deliveriesOfGoal(String goalId) {
        List<DeliveryStatus> deliveries = new ArrayList<>();
        for (DeliveryView view : DeliveryView.<DeliveryView> listAll(Sort.by("subGoalId").and("id"))) {
            String goal = goalOf(view.subGoalId);
            if (goalId.equals(goal)) {
                deliveries.add(status(view.state, goal));
            }
        }
        return deliveries;
    }

    public List<DeliveryStatus> all() {
        return DeliveryView.<DeliveryView> listAll(Sort.by("subGoalId").and("id")).stream()
                .map(view -> status(view.state, goalOf(view.subGoalId)))
                .toList();
    }

    public RoadmapStatus roadmap() {
        Map<String, SubGoal> subGoals = new LinkedHashMap<>();
        SubGoalView.<SubGoalView> listAll(Sort.by("id")).forEach(view -> subGoals.put(view.id, view.definition));
        Map<String, List<Delivery>> deliveries = new LinkedHashMap<>();
        List<Delivery> all = DeliveryView.<DeliveryView> listAll(Sort.by("subGoalId").and("id")).stream()
                .map(view -> view.state).toList();
        all.forEach(delivery -> deliveries.computeIfAbsent(delivery.subGoalId(), id -> new ArrayList<>()).add(delivery));
        List<String> ids = new ArrayList<>(subGoals.keySet());
        deliveries.keySet().stream().filter(id -> !subGoals.containsKey(id)).forEach(ids::add);
        ids.sort(null);
        List<RoadmapStatus.SubGoalStatus> statuses = ids.stream().map(id -> {
            SubGoal subGoal = subGoals.get(id);
            List<Delivery> ofSubGoal = deliveries.getOrDefault(id, List.of());
            return new RoadmapStatus.SubGoalStatus(id, goalOf(id), subGoal == null ? null : subGoal.name(),
                    subGoal == null ? null : subGoal.initiativeId(), distribution(ofSubGoal), ofSubGoal);
        }).toList();
        return new RoadmapStatus(statuses, share(DelayGroup.DEVELOPMENT, all), share(DelayGroup.INTRODUCTION, all));
    }

    /** Indicator 5.2 or 5.3 computed from the roadmap, or empty for any other indicator. */
    public Optional<DelayShare> delayShareOf(String indicatorId) {
        return Arrays.stream(DelayGroup.values()).filter(group -> group.indicatorId().equals(indicatorId)).findFirst()
                .map(group -> share(group, DeliveryView.<DeliveryView> listAll().stream().map(view -> view.state).toList()));
    }

    private static DeliveryStatus status(Delivery delivery, String goalId) {
        return new DeliveryStatus(delivery, goalId,
                delivery.milestones().stream().filter(Milestone::significantlyDelayed).toList());
    }

    private static Map<Phase, Integer> distribution(List<Delivery> deliveries) {
        Map<Phase, Integer> distribution = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            distribution.put(phase, 0);
        }
        deliveries.stream().filter(delivery -> delivery.phase() != null)
                .forEach(delivery -> distribution.merge(delivery.phase(), 1, Integer::sum));
        return distribution;
    }

    /** Indicator 5.2 or 5.3 by the one delay-share rule, from each milestone as its delivery's latest event has it. */
    private static DelayShare share(DelayGroup group, List<Delivery> deliveries) {
        List<PlacedMilestone> milestones = deliveries.stream()
                .flatMap(delivery -> delivery.milestones().stream().map(milestone -> new PlacedMilestone(delivery, milestone)))
                .toList();
        SignificantDelays<PlacedMilestone> share = SignificantDelays.of(group, milestones, placed -> placed.milestone().phase(),
                placed -> placed.milestone().significantlyDelayed());
        return new DelayShare(group.indicatorId(), group.indicatorName(), group.phases(), share.milestones(),
                share.delayed().size(), share.percent(), share.delayed().stream().map(PlacedMilestone::delayed).toList());
    }

    private record PlacedMilestone(Delivery delivery, Milestone milestone) {

        DelayShare.DelayedMilestone delayed() {
            return new DelayShare.DelayedMilestone(delivery.id(), delivery.name(), milestone.id(), milestone.name(),
                    milestone.phase(), milestone.delayDays());
        }
    }

    /** A sub-goal's goal: from its event, or from its id (2.B belongs to goal 2) before that has arrived. */
    private static String goalOf(String subGoalId) {
        SubGoalView subGoal = SubGoalView.findById(subGoalId);
        if (subGoal != null) {
            return subGoal.goalId;
        }
        int dot = subGoalId.indexOf('.');
        return dot > 0 ? subGoalId.substring(0, dot) : subGoalId;
    }
}
