package no.ehelse.followup.reporting.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.ehelse.followup.events.indicator.Baseline;
import no.ehelse.followup.events.indicator.Direction;
import no.ehelse.followup.events.indicator.Indicator;
import no.ehelse.followup.events.indicator.IndicatorStatus;
import no.ehelse.followup.events.indicator.IndicatorType;
import no.ehelse.followup.events.indicator.Target;
import no.ehelse.followup.events.indicator.TargetKind;
import no.ehelse.followup.events.indicator.Unit;
import no.ehelse.followup.events.indicator.UnitKind;
import no.ehelse.followup.reporting.indicators.IndicatorAssessment.Classification;
import no.ehelse.followup.reporting.indicators.IndicatorAssessment.Trend;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp.MeasuredValue;

/** The assessment rules on the plan's own indicators. */
class IndicatorAssessorTest {

    private final IndicatorAssessor assessor = new IndicatorAssessor(new BigDecimal("0.10"), new BigDecimal("0.25"));

    private static Indicator indicator(Direction direction, Baseline baseline, Target... targets) {
        return new Indicator("4.2.1", "4", "4.2", "Kjernejournal innføring", null,
                new Unit(UnitKind.SHARE, "Andel kommuner", "kommuner", BigDecimal.valueOf(356), "kommuner"),
                IndicatorType.ADOPTION, direction, null, null, List.of(), IndicatorStatus.ACTIVE, baseline,
                List.of(targets), 1);
    }

    private static MeasuredValue measured(String period, int value) {
        return measured(period, value, "994598759");
    }

    private static MeasuredValue measured(String period, int value, String reporter) {
        return new MeasuredValue(period, BigDecimal.valueOf(value), null, null, reporter, 1, Instant.EPOCH);
    }

    private static final Baseline KJERNEJOURNAL_BASELINE = new Baseline(BigDecimal.valueOf(147), BigDecimal.valueOf(147),
            BigDecimal.valueOf(356), "2022-11-29", "147/356 kommuner (29.11.22)");
    private static final Target ALL_356_BY_2025 = new Target(2025, null, TargetKind.N_OF_TOTAL, BigDecimal.valueOf(356),
            BigDecimal.valueOf(356), "356/356");

    @Test
    void progressIsTheShareOfTheDistanceFromBaselineToTarget() {
        // 2022-11-29 .. 2025-12-31 is 1128 days; on 2024-05-31 549 have passed (0.487).
        IndicatorAssessment assessment = assessor.assess(indicator(Direction.HIGHER_IS_BETTER, KJERNEJOURNAL_BASELINE,
                ALL_356_BY_2025), List.of(measured("2023-06", 200), measured("2024-03", 250)), LocalDate.of(2024, 5, 31));
        assertEquals(new BigDecimal("0.493"), assessment.progress()); // (250 - 147) / (356 - 147)
        assertEquals(new BigDecimal("0.487"), assessment.expectedProgress());
        assertEquals(Classification.ON_TRACK, assessment.classification());
        assertEquals(Trend.IMPROVING, assessment.trend());
        assertEquals(LocalDate.of(2025, 12, 31), assessment.target().due());
    }

    @Test
    void onlyTheBaselineMeasuredIsAwaitingTheNextMeasurement() {
        Indicator kjernejournal = indicator(Direction.HIGHER_IS_BETTER, KJERNEJOURNAL_BASELINE, ALL_356_BY_2025);
        // The plan's baseline reported as a measurement (by two sources), long ago: not off track but awaiting.
        IndicatorAssessment awaiting = assessor.assess(kjernejournal,
                List.of(measured("2022-11-29", 147), measured("2022-11-29", 147, "983544622")), LocalDate.of(2025, 10, 1));
        assertEquals(Classification.AWAITING_MEASUREMENT, awaiting.classification());
        assertEquals(null, awaiting.progress());
        assertEquals(new BigDecimal("147"), awaiting.baseline());
        // Without a number in the plan the first measurement is the baseline: one period only is awaiting too.
        Indicator textOnly = indicator(Direction.HIGHER_IS_BETTER, new Baseline(null, null, null, null, "Nye spørsmål i 2022"),
                new Target(2025, null, TargetKind.ABSOLUTE, BigDecimal.valueOf(80), null, "80 %"));
        assertEquals(Classification.AWAITING_MEASUREMENT,
                assessor.assess(textOnly, List.of(measured("2022", 60)), LocalDate.of(2024, 1, 1)).classification());
        // A measurement of any other period ends the wait, and a single one unlike the plan's baseline never waits.
        assertEquals(Classification.OFF_TRACK, assessor.assess(kjernejournal,
                List.of(measured("2022-11-29", 147), measured("2024-03", 150)), LocalDate.of(2025, 10, 1)).classification());
        assertEquals(Classification.OFF_TRACK, assessor.assess(kjernejournal,
                List.of(measured("2024-03", 150)), LocalDate.of(2025, 10, 1)).classification());
    }

    @Test
    void theSummaryKeepsTheLastPointsPerPeriodAndTheAssessmentNeedsNothingElse() {
        Indicator kjernejournal = indicator(Direction.HIGHER_IS_BETTER, KJERNEJOURNAL_BASELINE, ALL_356_BY_2025);
        List<MeasuredValue> series = new java.util.ArrayList<>();
        for (int month = 1; month <= 24; month++) {
            series.add(measured("2023-%02d".formatted(month <= 12 ? month : month - 12).replace("2023", month <= 12 ? "2023" : "2024"),
                    150 + month));
        }
        IndicatorSummary summary = assessor.summarise(kjernejournal, series);
        assertEquals(IndicatorAssessor.POINTS, summary.points().size());
        assertEquals("2024-01", summary.points().get(0).period());
        assertEquals(24, summary.measurementCount());
        assertEquals(assessor.assess(kjernejournal, series, LocalDate.of(2024, 5, 31)),
                assessor.assess(kjernejournal, summary, LocalDate.of(2024, 5, 31)));
    }

    @Test
    void fallingBehindTheLinearPathIsAtRiskThenOffTrack() {
        Indicator kjernejournal = indicator(Direction.HIGHER_IS_BETTER, KJERNEJOURNAL_BASELINE, ALL_356_BY_2025);
        // expected 0.487: 0.30 behind by 0.187 -> at risk; 0.10 behind by 0.387 -> off track
        assertEquals(Classification.AT_RISK, assessor.assess(kjernejournal,
                List.of(measured("2024-03", 210)), LocalDate.of(2024, 5, 31)).classification());
        assertEquals(Classification.OFF_TRACK, assessor.assess(kjernejournal,
                List.of(measured("2024-03", 168)), LocalDate.of(2024, 5, 31)).classification());
    }

    @Test
    void lowerIsBetterIndicatorsProgressDownwards() {
        // 5.2 Betydelige forsinkelser i utvikling: 17 % -> 15 %.
        Indicator delays = indicator(Direction.LOWER_IS_BETTER, new Baseline(BigDecimal.valueOf(17), null, null, "2022", "17 %"),
                new Target(2025, null, TargetKind.ABSOLUTE, BigDecimal.valueOf(15), null, "15 %"));
        IndicatorAssessment assessment = assessor.assess(delays, List.of(measured("2023", 18), measured("2024", 16)),
                LocalDate.of(2024, 12, 31));
        assertEquals(new BigDecimal("0.500"), assessment.progress());
        assertEquals(Trend.IMPROVING, assessment.trend());
    }

    @Test
    void aRelativeTargetIsAppliedToTheBaseline() {
        // 1.6 Velferdsteknologi: 115 678 users (2021), increase by 15 %.
        Indicator welfare = indicator(Direction.HIGHER_IS_BETTER,
                new Baseline(BigDecimal.valueOf(115678), null, null, "2021", "115 678 (totalt for de fire tjenestene i 2021)"),
                new Target(2025, null, TargetKind.RELATIVE_CHANGE, BigDecimal.valueOf(15), null, "Øke med 15 %"));
        IndicatorAssessment assessment = assessor.assess(welfare, List.of(measured("2024", 133030)), LocalDate.of(2025, 12, 31));
        assertEquals(new BigDecimal("133029.7"), assessment.target().value());
        assertEquals(Classification.ON_TRACK, assessment.classification());
    }

    @Test
    void withoutATargetOrWithoutDataThereIsNothingToAssess() {
        Indicator undecided = indicator(Direction.HIGHER_IS_BETTER, null,
                new Target(2025, null, TargetKind.TO_BE_DECIDED, null, null, "Avhenger av planer for innføring"));
        assertEquals(Classification.NO_TARGET,
                assessor.assess(undecided, List.of(measured("2023", 30000)), LocalDate.of(2024, 1, 1)).classification());
        IndicatorAssessment noData = assessor.assess(indicator(Direction.HIGHER_IS_BETTER, KJERNEJOURNAL_BASELINE,
                ALL_356_BY_2025), List.of(), LocalDate.of(2024, 1, 1));
        assertEquals(Classification.NO_DATA, noData.classification());
        assertNull(noData.progress());
    }

    @Test
    void theEarliestTargetStillAheadIsAssessedAndAPastDeadlineCountsAsDue() {
        // 1.5: all 19 health communities by the end of 2024.
        Indicator dho = indicator(Direction.HIGHER_IS_BETTER, new Baseline(BigDecimal.valueOf(17), null, null, "2022", "17 av 19"),
                new Target(2024, LocalDate.of(2024, 12, 31), TargetKind.N_OF_TOTAL, BigDecimal.valueOf(19),
                        BigDecimal.valueOf(19), "alle 19 helsefelleskap innen utgangen av 2024"));
        IndicatorAssessment late = assessor.assess(dho, List.of(measured("2025", 18)), LocalDate.of(2026, 6, 1));
        assertEquals(new BigDecimal("1.000"), late.expectedProgress());
        assertEquals(Classification.OFF_TRACK, late.classification());
        assertEquals(Classification.ON_TRACK,
                assessor.assess(dho, List.of(measured("2025", 19)), LocalDate.of(2026, 6, 1)).classification());
    }

    @Test
    void twoReportersOfOnePeriodAreNotATrend() {
        // NHN and the Directorate both report 4.2.1; their figures for one month differ a little.
        Indicator kjernejournal = indicator(Direction.HIGHER_IS_BETTER, KJERNEJOURNAL_BASELINE, ALL_356_BY_2025);
        IndicatorAssessment assessment = assessor.assess(kjernejournal, List.of(measured("2023-06", 240),
                measured("2024-03", 250, "994598759"), measured("2024-03", 248, "983544622")), LocalDate.of(2024, 5, 31));
        assertEquals(Trend.IMPROVING, assessment.trend(), "248 in 2024-03 against 240 in 2023-06, not 248 against 250");
        assertEquals(Trend.UNKNOWN, assessor.assess(kjernejournal, List.of(measured("2024-03", 250, "994598759"),
                measured("2024-03", 248, "983544622")), LocalDate.of(2024, 5, 31)).trend(), "one period has no trend");
    }
}
