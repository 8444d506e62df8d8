package no.ehelse.followup.reporting.roadmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Milestone;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.SubGoal;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.rules.roadmap.DelayGroup;
import no.ehelse.followup.rules.roadmap.SignificantDelays;
import no.ehelse.followup.rules.roadmap.SubGoalDelays;

/**
 * Reads the roadmap from the view. A delivery's phase and its milestones' delays are as
 * roadmap-service published them; this adds the distribution per sub-goal and the delay shares. Each
 * method issues a fixed number of statements.
 */
@ApplicationScoped
public class RoadmapQueries {

    /** At most this many deliveries or milestones are listed where the status documents list them. */
    public static final int LISTED = 20;

    private static final Sort BY_SUB_GOAL = Sort.by("subGoalId").and("id");
    /**
     * The sub-goals a delivery_view row {@code d} is under, as rows: its own, then those it is also under (an older
     * event's state has none, or a JSON null).
     */
    private static final String UNDER_SUB_GOALS = "select d.sub_goal_id union all "
            + "select jsonb_array_elements_text(case jsonb_typeof(d.state -> 'alsoUnderSubGoals') "
            + "when 'array' then d.state -> 'alsoUnderSubGoals' else cast('[]' as jsonb) end)";

    @Inject
    EntityManager entityManager;

    public DeliveryStatus delivery(String id) {
        DeliveryView view = DeliveryView.<DeliveryView> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Delivery " + id));
        return status(view);
    }

    /** Per goal, how many deliveries its assessment counts. */
    public Map<String, DeliveryCounts> countsByGoal() {
        return counts(null);
    }

    public DeliveryCounts countsOfGoal(String goalId) {
        return counts(goalId).getOrDefault(goalId, DeliveryCounts.NONE);
    }

    private Map<String, DeliveryCounts> counts(String goalId) {
        Map<String, DeliveryCounts> counts = new LinkedHashMap<>();
        entityManager.createQuery("""
                select d.goalId, count(d),
                       sum(case when d.significantlyDelayed then 1 else 0 end),
                       sum(case when d.hasMilestones and not d.significantlyDelayed then 1 else 0 end)
                from DeliveryView d where (:goal is null or d.goalId = :goal) group by d.goalId""", Object[].class)
                .setParameter("goal", goalId)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], new DeliveryCounts(((Number) row[1]).intValue(),
                        ((Number) row[2]).intValue(), ((Number) row[3]).intValue())));
        return counts;
    }

    /** The first {@link #LISTED} significantly delayed deliveries of the goal, by sub-goal and id. */
    public List<DeliveryStatus> delayedOfGoal(String goalId) {
        return DeliveryView.<DeliveryView> find("goalId = ?1 and significantlyDelayed = true", BY_SUB_GOAL, goalId)
                .page(0, LISTED).list().stream().map(RoadmapQueries::status).toList();
    }

    /** Per goal, its first {@link #LISTED} significantly delayed deliveries, by sub-goal and id. */
    public Map<String, List<DeliveryStatus>> delayedByGoal() {
        @SuppressWarnings("unchecked")
        List<DeliveryView> delayed = entityManager.createNativeQuery("""
                select id, sub_goal_id, goal_id, state, phase, significantly_delayed, has_milestones, development_milestones,
                       development_delayed, introduction_milestones, introduction_delayed from (
                    select d.*, row_number() over (partition by goal_id order by sub_goal_id, id) as place
                    from delivery_view d where significantly_delayed) listed
                where place <= :listed order by goal_id, sub_goal_id, id""", DeliveryView.class)
                .setParameter("listed", LISTED).getResultList();
        return delayed.stream().collect(Collectors.groupingBy(view -> view.goalId, LinkedHashMap::new,
                Collectors.mapping(RoadmapQueries::status, Collectors.toList())));
    }

    /** Every delivery of the goal's sub-goals in which the organisation takes part, by sub-goal and id. */
    public List<DeliveryView> ofOrganisation(String organisationNumber) {
        @SuppressWarnings("unchecked")
        List<DeliveryView> views = entityManager.createNativeQuery("""
                select * from delivery_view
                where state -> 'nationalOwner' ->> 'organisationNumber' = :orgnr
                   or state -> 'participants' @> cast(:participant as jsonb)
                order by sub_goal_id, id""", DeliveryView.class)
                .setParameter("orgnr", organisationNumber)
                .setParameter("participant", "[{\"organisationNumber\": \"" + organisationNumber + "\"}]")
                .getResultList();
        return views;
    }

    /** The whole roadmap: every sub-goal with every delivery, and 5.2 and 5.3 with every delayed milestone. */
    public RoadmapStatus roadmap() {
        Map<String, SubGoal> subGoals = subGoals();
        List<DeliveryView> views = DeliveryView.listAll(BY_SUB_GOAL);
        Map<String, List<Delivery>> deliveries = new LinkedHashMap<>();
        Map<String, String> goals = new LinkedHashMap<>();
        for (DeliveryView view : views) {
            for (String under : view.state.underSubGoals()) {
                deliveries.computeIfAbsent(under, id -> new ArrayList<>()).add(view.state);
                goals.putIfAbsent(under, under.equals(view.subGoalId) ? view.goalId : SubGoalView.goalOfId(under));
            }
        }
        TreeSet<String> ids = new TreeSet<>(subGoals.keySet());
        ids.addAll(deliveries.keySet());
        List<RoadmapStatus.SubGoalStatus> statuses = ids.stream().map(id -> {
            SubGoal subGoal = subGoals.get(id);
            List<Delivery> ofSubGoal = deliveries.getOrDefault(id, List.of());
            return new RoadmapStatus.SubGoalStatus(id, subGoal != null ? subGoal.goalId() : goals.get(id),
                    subGoal == null ? null : subGoal.name(), subGoal == null ? null : subGoal.initiativeId(),
                    distribution(ofSubGoal), ofSubGoal.size(), ofSubGoal);
        }).toList();
        List<Delivery> all = views.stream().map(view -> view.state).toList();
        return new RoadmapStatus(statuses, share(DelayGroup.DEVELOPMENT, ids, all, Integer.MAX_VALUE),
                share(DelayGroup.INTRODUCTION, ids, all, Integer.MAX_VALUE));
    }

    /** The roadmap in brief: per sub-goal its phase distribution, and 5.2 and 5.3 with the first delayed milestones. */
    public RoadmapStatus summary() {
        Map<String, SubGoal> subGoals = subGoals();
        Map<String, Map<Phase, Integer>> distributions = new LinkedHashMap<>();
        Map<String, String> goals = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select under.id, min(case when under.id = d.sub_goal_id then d.goal_id else split_part(under.id, '.', 1) end),
                       d.phase, count(*)
                from delivery_view d cross join lateral (%s) as under (id)
                group by under.id, d.phase""".formatted(UNDER_SUB_GOALS)).getResultList();
        for (Object[] row : rows) {
            String subGoal = (String) row[0];
            goals.put(subGoal, (String) row[1]);
            Map<Phase, Integer> distribution = distributions.computeIfAbsent(subGoal, id -> emptyDistribution());
            if (row[2] != null) {
                distribution.merge(Phase.valueOf((String) row[2]), ((Number) row[3]).intValue(), Integer::sum);
            }
        }
        TreeSet<String> ids = new TreeSet<>(subGoals.keySet());
        ids.addAll(distributions.keySet());
        List<RoadmapStatus.SubGoalStatus> summaries = ids.stream().map(id -> {
            SubGoal subGoal = subGoals.get(id);
            Map<Phase, Integer> distribution = distributions.getOrDefault(id, emptyDistribution());
            return new RoadmapStatus.SubGoalStatus(id, subGoal != null ? subGoal.goalId() : goals.get(id),
                    subGoal == null ? null : subGoal.name(), subGoal == null ? null : subGoal.initiativeId(), distribution,
                    distribution.values().stream().mapToInt(Integer::intValue).sum(), null);
        }).toList();
        return new RoadmapStatus(summaries, listedShare(DelayGroup.DEVELOPMENT), listedShare(DelayGroup.INTRODUCTION));
    }

    /** Indicator 5.2 or 5.3 computed from the roadmap, with the first delayed milestones, or empty for any other indicator. */
    public Optional<DelayShare> delayShareOf(String indicatorId) {
        return group(indicatorId).map(this::listedShare);
    }

    /** Indicators 5.2 and 5.3 computed from the roadmap, by indicator id, when any of {@code indicatorIds} is one of them. */
    public Map<String, DelayShare> delayShares(List<String> indicatorIds) {
        List<DelayGroup> groups = indicatorIds.stream().map(RoadmapQueries::group).flatMap(Optional::stream).toList();
        if (groups.isEmpty()) {
            return Map.of();
        }
        return groups.stream().collect(Collectors.toMap(DelayGroup::indicatorId, this::listedShare));
    }

    private static Optional<DelayGroup> group(String indicatorId) {
        return Arrays.stream(DelayGroup.values()).filter(group -> group.indicatorId().equals(indicatorId)).findFirst();
    }

    /**
     * Indicator 5.2 or 5.3 from the counts each delivery keeps (four statements, whatever the roadmap's size),
     * listing the delayed milestones of the first {@link #LISTED} deliveries that have any, at most {@link #LISTED}.
     */
    private DelayShare listedShare(DelayGroup group) {
        String prefix = group == DelayGroup.DEVELOPMENT ? "development" : "introduction";
        Object[] sums = entityManager.createQuery("select coalesce(sum(d." + prefix + "Milestones), 0), coalesce(sum(d."
                + prefix + "Delayed), 0) from DeliveryView d", Object[].class).getSingleResult();
        int milestones = ((Number) sums[0]).intValue();
        int delayed = ((Number) sums[1]).intValue();
        @SuppressWarnings("unchecked")
        List<String> delayedSubGoals = entityManager.createNativeQuery("""
                select distinct under.id from delivery_view d cross join lateral (%s) as under (id)
                where d.%s_delayed > 0 order by under.id""".formatted(UNDER_SUB_GOALS, prefix)).getResultList();
        List<Delivery> withDelays = DeliveryView.<DeliveryView> find(prefix + "Delayed > 0", BY_SUB_GOAL).page(0, LISTED)
                .list().stream().map(view -> view.state).toList();
        // The totals by the same rules as every milestone counted one by one: the first `delayed` of them delayed,
        // and each delayed sub-goal once.
        Phase ofGroup = group.phases().get(0);
        SignificantDelays<Integer> totals = SignificantDelays.of(group, IntStream.range(0, milestones).boxed().toList(),
                counted -> ofGroup, counted -> counted < delayed);
        SubGoalDelays bySubGoal = SubGoalDelays.of(group, roadmapSubGoals(), delayedSubGoals, List::of,
                subGoal -> ofGroup, subGoal -> true);
        return new DelayShare(group.indicatorId(), group.indicatorName(), group.phases(), bySubGoal.subGoals(),
                bySubGoal.delayed(), bySubGoal.percent(), totals.milestones(), totals.delayed().size(), totals.percent(),
                share(group, List.copyOf(delayedSubGoals), withDelays, LISTED).delayedMilestones());
    }

    /** The roadmap's sub-goals: those defined, and any a delivery names before its sub-goal's event arrived. */
    private List<String> roadmapSubGoals() {
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager.createNativeQuery("""
                select id from sub_goal_view
                union select under.id from delivery_view d cross join lateral (%s) as under (id)
                order by 1""".formatted(UNDER_SUB_GOALS)).getResultList();
        return ids;
    }

    private static Map<String, SubGoal> subGoals() {
        Map<String, SubGoal> subGoals = new LinkedHashMap<>();
        SubGoalView.<SubGoalView> listAll(Sort.by("id")).forEach(view -> subGoals.put(view.id, view.definition));
        return subGoals;
    }

    static DeliveryStatus status(DeliveryView view) {
        Delivery delivery = view.state;
        return new DeliveryStatus(delivery, view.goalId,
                DeliveryDelays.delayedOf(delivery));
    }

    private static Map<Phase, Integer> emptyDistribution() {
        Map<Phase, Integer> distribution = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            distribution.put(phase, 0);
        }
        return distribution;
    }

    private static Map<Phase, Integer> distribution(List<Delivery> deliveries) {
        Map<Phase, Integer> distribution = emptyDistribution();
        deliveries.stream().filter(delivery -> delivery.phase() != null)
                .forEach(delivery -> distribution.merge(delivery.phase(), 1, Integer::sum));
        return distribution;
    }

    /**
     * Indicator 5.2 or 5.3 by the one delay-share rule, from each milestone as its delivery's latest event has
     * it, over the given sub-goals, listing at most {@code listed} of the delayed milestones.
     */
    private static DelayShare share(DelayGroup group, Collection<String> subGoals, List<Delivery> deliveries, int listed) {
        List<PlacedMilestone> milestones = deliveries.stream()
                .flatMap(delivery -> DeliveryDelays.counted(delivery.milestones()).stream()
                        .map(milestone -> new PlacedMilestone(delivery, milestone)))
                .toList();
        SignificantDelays<PlacedMilestone> share = SignificantDelays.of(group, milestones, placed -> placed.milestone().phase(),
                placed -> DeliveryDelays.delayed(placed.milestone()));
        SubGoalDelays bySubGoal = SubGoalDelays.of(group, subGoals, milestones, placed -> placed.delivery().underSubGoals(),
                placed -> placed.milestone().phase(), placed -> DeliveryDelays.delayed(placed.milestone()));
        return new DelayShare(group.indicatorId(), group.indicatorName(), group.phases(), bySubGoal.subGoals(),
                bySubGoal.delayed(), bySubGoal.percent(), share.milestones(), share.delayed().size(), share.percent(),
                share.delayed().stream().limit(listed).map(PlacedMilestone::delayed).toList());
    }

    private record PlacedMilestone(Delivery delivery, Milestone milestone) {

        DelayShare.DelayedMilestone delayed() {
            return new DelayShare.DelayedMilestone(delivery.subGoalId(), delivery.id(), delivery.name(), milestone.id(),
                    milestone.name(), milestone.phase(), milestone.delayDays(), milestone.statedDelay());
        }
    }
}
