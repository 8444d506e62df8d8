package no.ehelse.followup.rules.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.ehelse.followup.events.roadmap.Certainty;
import no.ehelse.followup.events.roadmap.Phase;

class DelayRulesTest {

    private static final MilestoneDelay QUARTER = new MilestoneDelay(90);

    @ParameterizedTest(name = "baseline {0}, forecast {1}, actual {2}: {3} days, significant {4}")
    @CsvSource(nullValues = "-", value = {
            "2025-01-01, 2025-01-01, -,          0,   false",
            "2025-01-01, 2025-04-01, -,          90,  false", // exactly the threshold is not significant
            "2025-01-01, 2025-04-02, -,          91,  true",
            "2025-01-01, 2024-10-01, -,          -92, false", // early
            "2025-01-01, 2026-01-01, 2025-02-01, 31,  false", // the actual date wins over the forecast
            "2025-01-01, 2025-01-01, 2025-06-01, 151, true"})
    void delayIsActualOrForecastLessBaseline(LocalDate baseline, LocalDate forecast, LocalDate actual, long days,
            boolean significant) {
        assertEquals(days, QUARTER.days(baseline, forecast, actual));
        assertEquals(significant, QUARTER.significant(days));
    }

    @Test
    void negativeThresholdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MilestoneDelay(-1));
    }

    record M(Phase phase, boolean late) {
    }

    @Test
    void shareCountsOnlyTheGroupsPhasesAndRoundsHalfUp() {
        List<M> milestones = List.of(new M(Phase.CONCEPT_MANDATE, true), new M(Phase.DEVELOPMENT_LIMITED_TRIAL, false),
                new M(Phase.DEVELOPMENT_LIMITED_TRIAL, false), new M(null, true), new M(Phase.INTRODUCTION, true));
        SignificantDelays<M> development = SignificantDelays.of(DelayGroup.DEVELOPMENT, milestones, M::phase, M::late);
        assertEquals(3, development.milestones());
        assertEquals(List.of(milestones.get(0)), development.delayed());
        assertEquals(new BigDecimal("33.3"), development.percent());
        SignificantDelays<M> introduction = SignificantDelays.of(DelayGroup.INTRODUCTION, milestones, M::phase, M::late);
        assertEquals(1, introduction.milestones());
        assertEquals(new BigDecimal("100.0"), introduction.percent());
        assertTrue(introduction.delayed().contains(milestones.get(4)));
    }

    @Test
    void twoThirdsRoundHalfUpAndNoMilestonesGiveNoPercent() {
        List<M> milestones = List.of(new M(Phase.INTRODUCTION, true), new M(Phase.INTRODUCTION, true),
                new M(Phase.INTRODUCTION, false));
        assertEquals(new BigDecimal("66.7"), SignificantDelays.of(DelayGroup.INTRODUCTION, milestones, M::phase, M::late).percent());
        SignificantDelays<M> none = SignificantDelays.of(DelayGroup.DEVELOPMENT, milestones, M::phase, M::late);
        assertEquals(0, none.milestones());
        assertNull(none.percent());
        assertFalse(none.delayed().iterator().hasNext());
    }

    /** A milestone of a delivery under {@code subGoal} and, where given, the sub-goals it is also under. */
    record S(String subGoal, Phase phase, boolean late, List<String> alsoUnder) {
        S(String subGoal, Phase phase, boolean late) {
            this(subGoal, phase, late, List.of());
        }

        List<String> under() {
            List<String> under = new java.util.ArrayList<>(List.of(subGoal));
            under.addAll(alsoUnder);
            return under;
        }
    }

    @Test
    void subGoalShareCountsEachSubGoalOnceAmongAllSubGoalsOfTheRoadmap() {
        List<S> milestones = List.of(new S("2.B", Phase.DEVELOPMENT_LIMITED_TRIAL, true),
                new S("2.B", Phase.CONCEPT_MANDATE, true), new S("2.C", Phase.DEVELOPMENT_LIMITED_TRIAL, false),
                new S("1.A", Phase.INTRODUCTION, true), new S("1.B", null, true));
        List<String> roadmap = List.of("1.A", "1.B", "2.B", "2.C", "5.E", "4.A");
        SubGoalDelays development = SubGoalDelays.of(DelayGroup.DEVELOPMENT, roadmap, milestones, S::under, S::phase,
                S::late);
        assertEquals(6, development.subGoals());
        assertEquals(List.of("2.B"), development.delayed()); // two late milestones, one sub-goal
        assertEquals(new BigDecimal("16.7"), development.percent());
        SubGoalDelays introduction = SubGoalDelays.of(DelayGroup.INTRODUCTION, roadmap, milestones, S::under,
                S::phase, S::late);
        assertEquals(List.of("1.A"), introduction.delayed()); // 1.B's late milestone has no phase
        assertNull(SubGoalDelays.of(DelayGroup.INTRODUCTION, List.of(), milestones, S::under, S::phase, S::late)
                .percent());
    }

    @Test
    void aDeliveryUnderSeveralSubGoalsDelaysEachOfThem() {
        List<S> milestones = List.of(new S("1.B", Phase.DEVELOPMENT_LIMITED_TRIAL, true, List.of("1.A", "2.C")),
                new S("2.C", Phase.CONCEPT_MANDATE, true), new S("2.B", Phase.CONCEPT_MANDATE, false, List.of("4.A")));
        List<String> roadmap = List.of("1.A", "1.B", "2.B", "2.C", "4.A");
        SubGoalDelays development = SubGoalDelays.of(DelayGroup.DEVELOPMENT, roadmap, milestones, S::under, S::phase,
                S::late);
        assertEquals(List.of("1.B", "1.A", "2.C"), development.delayed()); // 2.C once; 4.A's milestone is on time
        assertEquals(new BigDecimal("60.0"), development.percent());
    }

    @ParameterizedTest(name = "certainty {0} counts: {1}")
    @CsvSource(nullValues = "none", value = { "PLANNED, true", "TENTATIVE, false", "none, true" })
    void onlyAPlanCountsForTheDelayShares(Certainty certainty, boolean counts) {
        assertEquals(counts, MilestoneDelay.counts(certainty));
    }

    @ParameterizedTest(name = "significantly late {0}, stated delay {1}: delayed {2}")
    @CsvSource(nullValues = "none", value = { "true, none, true",
            "false, Leverandørenes integrasjon med SFM har tatt lengre tid enn planlagt, true", "false, none, false",
            "true, Det gjenstår litt, true" })
    void aMilestoneIsDelayedByItsDatesOrByTheTextsOwnWords(boolean significantlyLate, String statedDelay, boolean delayed) {
        assertEquals(delayed, MilestoneDelay.delayed(significantlyLate, statedDelay));
    }
}
