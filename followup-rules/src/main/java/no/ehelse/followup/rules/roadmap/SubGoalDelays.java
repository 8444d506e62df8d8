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
 * are delayed. A delivery under several sub-goals (its own and those it is also under) delays each of them.
 *
 * @param group    5.2 (phases 1–2) or 5.3 (phases 3–5)
 * @param subGoals how many sub-goals the roadmap has (the denominator, with or without milestones)
 * @param delayed  the sub-goals with a delayed milestone of the group's phases, in the order first met
 * @param percent  100 × delayed / subGoals with one decimal (half up); null without sub-goals
 */
public record SubGoalDelays(DelayGroup group, int subGoals, List<String> delayed, BigDecimal percent) {

    /** The rule as the API descriptions state it, with its drill-down. */
    public static final String RULE = "As the plan defines them («Andel inntrufne forsinkelser (%) av delmålene i "
            + "veikartet»), 5.2 (development) is the share of the roadmap's sub-goals with a delayed milestone of phases "
            + "CONCEPT_MANDATE or DEVELOPMENT_LIMITED_TRIAL, and 5.3 (introduction) of ADAPTATION_EXTENDED_TRIAL, "
            + "INTRODUCTION or NEW_PRACTICE: subGoalPercent = 100 × delayedSubGoals / subGoals, one decimal, null without "
            + "sub-goals; a delivery under several sub-goals (alsoUnderSubGoals) counts for each. A milestone is delayed "
            + "when it is significantly delayed or has a delay the text states "
            + "(statedDelay). The drill-down percent = 100 × significantlyDelayed / milestones of those phases, null when "
            + "there are none. A milestone without a phase counts in neither, nor does a TENTATIVE one (an expectation or "
            + "ambition is no plan to be late against).";

    public static <M> SubGoalDelays of(DelayGroup group, Collection<String> subGoals, Iterable<M> milestones,
            Function<M, ? extends Collection<String>> underSubGoals, Function<M, Phase> phase,
            Predicate<M> delayedMilestone) {
        Set<String> delayed = new LinkedHashSet<>();
        for (M milestone : SignificantDelays.of(group, milestones, phase, delayedMilestone).delayed()) {
            for (String of : underSubGoals.apply(milestone)) {
                if (subGoals.contains(of)) {
                    delayed.add(of);
                }
            }
        }
        return new SubGoalDelays(group, subGoals.size(), List.copyOf(delayed),
                SignificantDelays.percent(delayed.size(), subGoals.size()));
    }
}
