package no.ehelse.followup.rules.roadmap;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import no.ehelse.followup.events.roadmap.Phase;

/**
 * Indicators 5.2 and 5.3 as the plan defines them: «Andel inntrufne forsinkelser (%) av delmålene i
 * veikartet» — the share of the roadmap's sub-goals with at least one delayed milestone of the delay
 * group's phases. {@link SignificantDelays} over the same milestones is the drill-down: which of them
 * are delayed.
 *
 * @param group    5.2 (phases 1–2) or 5.3 (phases 3–5)
 * @param subGoals how many sub-goals the roadmap has (the denominator, with or without milestones)
 * @param delayed  the sub-goals with a delayed milestone of the group's phases, in the order first met
 * @param percent  100 × delayed / subGoals with one decimal (half up); null without sub-goals
 */
public record SubGoalDelays(DelayGroup group, int subGoals, List<String> delayed, BigDecimal percent) {

    public static <M> SubGoalDelays of(DelayGroup group, Collection<String> subGoals, Iterable<M> milestones,
            Function<M, String> subGoal, Function<M, Phase> phase, Predicate<M> delayedMilestone) {
        Set<String> delayed = new LinkedHashSet<>();
        for (M milestone : SignificantDelays.of(group, milestones, phase, delayedMilestone).delayed()) {
            String of = subGoal.apply(milestone);
            if (subGoals.contains(of)) {
                delayed.add(of);
            }
        }
        return new SubGoalDelays(group, subGoals.size(), List.copyOf(delayed),
                SignificantDelays.percent(delayed.size(), subGoals.size()));
    }
}
