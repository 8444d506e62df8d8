package no.ehelse.followup.rules.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import no.ehelse.followup.events.roadmap.Phase;

/**
 * The rule behind indicators 5.2 and 5.3: the share of significantly delayed milestones among the
 * milestones of a delay group's phases. A milestone without a phase marks a deliverable only and
 * counts in neither group.
 *
 * @param <M>        how the caller holds a milestone
 * @param group      5.2 (phases 1–2) or 5.3 (phases 3–5)
 * @param milestones how many milestones of the group's phases are counted
 * @param delayed    those of them that are significantly delayed, in the order given
 * @param percent    100 × delayed / milestones with one decimal (half up); null without milestones
 */
public record SignificantDelays<M>(DelayGroup group, int milestones, List<M> delayed, BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static <M> SignificantDelays<M> of(DelayGroup group, Iterable<M> milestones, Function<M, Phase> phase,
            Predicate<M> significantlyDelayed) {
        int counted = 0;
        List<M> delayed = new ArrayList<>();
        for (M milestone : milestones) {
            Phase of = phase.apply(milestone);
            if (of == null || DelayGroup.of(of) != group) {
                continue;
            }
            counted++;
            if (significantlyDelayed.test(milestone)) {
                delayed.add(milestone);
            }
        }
        return new SignificantDelays<>(group, counted, List.copyOf(delayed), percent(delayed.size(), counted));
    }

    /** 100 × part / whole with one decimal (half up); null when whole is 0. */
    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null
                : HUNDRED.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
