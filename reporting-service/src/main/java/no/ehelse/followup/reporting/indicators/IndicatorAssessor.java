package no.ehelse.followup.reporting.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.ehelse.followup.events.indicator.Direction;
import no.ehelse.followup.events.indicator.Indicator;
import no.ehelse.followup.events.indicator.Target;
import no.ehelse.followup.reporting.indicators.IndicatorAssessment.AssessedTarget;
import no.ehelse.followup.reporting.indicators.IndicatorAssessment.Classification;
import no.ehelse.followup.reporting.indicators.IndicatorAssessment.Trend;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp.MeasuredValue;
import no.ehelse.followup.rules.period.ReportingPeriod;

/**
 * Assesses an indicator against its next target. The rules (also in the OpenAPI and README):
 * <ol>
 * <li><b>Target</b>: the earliest target due today or later (due = its deadline, else 31 December of its
 * year); when all are past, the last one. Targets "to be decided" are skipped. A relative target
 * (+20 %) is the baseline times 1.20; "n of a total" is n (the total when n is not given).</li>
 * <li><b>Baseline</b>: the plan's baseline value and the end of its period; without a number, the
 * first measurement.</li>
 * <li><b>Progress</b> = (latest − baseline) / (target − baseline): the share of the distance covered,
 * for either direction. A latest value at or beyond the target is 1 or more.</li>
 * <li><b>Expected progress</b> = the share of the time from baseline date to due date that has passed
 * today, between 0 and 1: where a linear path would be. Without a baseline date there is no path to
 * follow, and the whole way is expected (1).</li>
 * <li><b>Classification</b>: NO_TARGET without a target that resolves to a value; NO_DATA without a
 * measurement; AWAITING_MEASUREMENT when every measurement is of the baseline's period (the plan's
 * baseline reported as a measurement, nothing since); ON_TRACK when the target is reached or progress is at most {@code at-risk-margin}
 * behind expected; AT_RISK up to {@code off-track-margin} behind; OFF_TRACK
 * beyond.</li>
 * <li><b>Trend</b>: the last two measured periods compared in the indicator's direction; when several
 * organisations report the same period, the period's value is the one reported last, as for the latest
 * value, so that two sources for one period are never read as a change.</li>
 * </ol>
 */
@ApplicationScoped
public class IndicatorAssessor {

    public static final String RULE = "Assessment: the next target is the earliest due today or later (due = its deadline, "
            + "else 31 December of its year; when all are past, the last one; targets to be decided are skipped); a relative "
            + "target (+20 %) is the baseline times 1.20, n of a total is n. The baseline is the plan's, else the first "
            + "measurement. progress = (latest − baseline) / (target − baseline), in either direction; expectedProgress = "
            + "the share of the time from the baseline date to the due date passed today (1 when the baseline has no date: the "
            + "whole way is expected). Classification: NO_TARGET "
            + "without a target with a value, NO_DATA without a measurement, AWAITING_MEASUREMENT (\"Venter på ny måling\") when "
            + "every measurement is of the baseline's period (nothing measured since the baseline), ON_TRACK when the target is reached or "
            + "progress is at most followup.status.at-risk-margin ({followup.status.at-risk-margin}) behind "
            + "expected, AT_RISK up to followup.status.off-track-margin ({followup.status.off-track-margin}) behind, "
            + "OFF_TRACK beyond. Latest: the measurement of the latest "
            + "period; with several reporters for it, the one reported last. Trend: the last two measured periods compared "
            + "in the indicator's direction, each period's value chosen as for the latest.";

    private static final MathContext PRECISION = new MathContext(10, RoundingMode.HALF_EVEN);
    private static final int RECENT = 5;
    /** The points of a series that the status documents carry (the sparkline); the rest come from the series resource. */
    public static final int POINTS = 12;

    private final BigDecimal atRiskMargin;
    private final BigDecimal offTrackMargin;

    public IndicatorAssessor(
            @ConfigProperty(name = "followup.status.at-risk-margin", defaultValue = "0.10") BigDecimal atRiskMargin,
            @ConfigProperty(name = "followup.status.off-track-margin", defaultValue = "0.25") BigDecimal offTrackMargin) {
        this.atRiskMargin = atRiskMargin;
        this.offTrackMargin = offTrackMargin;
    }

    /** @param measurements the current revision of each measurement, oldest period first */
    public IndicatorAssessment assess(Indicator indicator, List<MeasuredValue> measurements, LocalDate today) {
        return assess(indicator, summarise(indicator, measurements), today);
    }

    /** The summary of a whole series held in memory, oldest period first. */
    public IndicatorSummary summarise(Indicator indicator, List<MeasuredValue> measurements) {
        List<MeasuredValue> perPeriod = lastReportedPerPeriod(measurements);
        return summarise(indicator, measurements.isEmpty() ? null : measurements.get(0),
                perPeriod.subList(Math.max(0, perPeriod.size() - POINTS), perPeriod.size()), measurements.size());
    }

    /**
     * The summary from what the view can read of a series in bounded time.
     *
     * @param first         the series' first measurement (earliest period, first reported), null without any
     * @param lastPerPeriod the measurement reported last in each of the latest periods, oldest first (at most {@link #POINTS})
     * @param count         how many measurements the series has
     */
    public IndicatorSummary summarise(Indicator indicator, MeasuredValue first, List<MeasuredValue> lastPerPeriod,
            long count) {
        BigDecimal baseline = null;
        LocalDate baselineDate = null;
        String baselinePeriod = null;
        if (indicator.baseline() != null && indicator.baseline().value() != null) {
            baseline = indicator.baseline().value();
            baselineDate = periodEnd(indicator.baseline().period());
            baselinePeriod = canonical(indicator.baseline().period());
        }
        if (baseline == null && first != null) {
            baseline = first.value();
            baselineDate = periodEnd(first.period());
            baselinePeriod = first.period();
        }
        MeasuredValue latest = lastPerPeriod.isEmpty() ? null : lastPerPeriod.get(lastPerPeriod.size() - 1);
        boolean onlyBaseline = latest != null && latest.period().equals(first.period())
                && latest.period().equals(baselinePeriod);
        return new IndicatorSummary(baseline, baselineDate, latest, trend(indicator.direction(), lastPerPeriod),
                List.copyOf(lastPerPeriod.subList(Math.max(0, lastPerPeriod.size() - POINTS), lastPerPeriod.size())), count,
                onlyBaseline);
    }

    /** Today's assessment from a summary: the next target, progress and expected progress are cheap arithmetic. */
    public IndicatorAssessment assess(Indicator indicator, IndicatorSummary summary, LocalDate today) {
        List<MeasuredValue> points = summary.points();
        List<MeasuredValue> recent = points.subList(Math.max(0, points.size() - RECENT), points.size());
        BigDecimal baseline = summary.baseline();
        LocalDate baselineDate = summary.baselineDate();
        Trend trend = summary.trend();

        Optional<AssessedTarget> target = nextTarget(indicator.targets(), baseline, today);
        if (target.isEmpty()) {
            return new IndicatorAssessment(Classification.NO_TARGET, baseline, baselineDate, null, null, null, trend, recent);
        }
        if (summary.latest() == null) {
            return new IndicatorAssessment(Classification.NO_DATA, baseline, baselineDate, target.get(), null, null, trend,
                    recent);
        }
        if (summary.onlyBaseline()) {
            return new IndicatorAssessment(Classification.AWAITING_MEASUREMENT, baseline, baselineDate, target.get(), null,
                    null, trend, recent);
        }
        BigDecimal progress = progress(baseline, target.get().value(), summary.latest().value(), indicator.direction());
        BigDecimal expected = expected(baselineDate, target.get().due(), today);
        return new IndicatorAssessment(classify(progress, expected), baseline, baselineDate, target.get(),
                progress.setScale(3, RoundingMode.HALF_EVEN), expected.setScale(3, RoundingMode.HALF_EVEN), trend, recent);
    }

    private Classification classify(BigDecimal progress, BigDecimal expected) {
        if (progress.compareTo(BigDecimal.ONE) >= 0) {
            return Classification.ON_TRACK;
        }
        BigDecimal behind = expected.subtract(progress);
        if (behind.compareTo(atRiskMargin) <= 0) {
            return Classification.ON_TRACK;
        }
        return behind.compareTo(offTrackMargin) <= 0 ? Classification.AT_RISK : Classification.OFF_TRACK;
    }

    static Optional<AssessedTarget> nextTarget(List<Target> targets, BigDecimal baseline, LocalDate today) {
        List<AssessedTarget> resolved = targets.stream()
                .map(t -> resolve(t, baseline))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(AssessedTarget::due))
                .toList();
        return resolved.stream().filter(t -> !t.due().isBefore(today)).findFirst()
                .or(() -> resolved.isEmpty() ? Optional.empty() : Optional.of(resolved.get(resolved.size() - 1)));
    }

    private static Optional<AssessedTarget> resolve(Target target, BigDecimal baseline) {
        LocalDate due = target.deadline() != null ? target.deadline()
                : target.year() != null ? LocalDate.of(target.year(), 12, 31) : null;
        if (due == null || target.kind() == null) {
            return Optional.empty();
        }
        BigDecimal value = switch (target.kind()) {
            case ABSOLUTE -> target.value();
            case RELATIVE_CHANGE -> baseline == null || target.value() == null ? null
                    : baseline.multiply(BigDecimal.ONE.add(target.value().movePointLeft(2)), PRECISION);
            case N_OF_TOTAL -> target.value() != null ? target.value() : target.total();
            case TO_BE_DECIDED -> null;
        };
        return value == null ? Optional.empty()
                : Optional.of(new AssessedTarget(target.year(), target.deadline(), due, target.kind(), plain(value),
                        target.text()));
    }

    /** 176.40000 as 176.4, 356.0 as 356. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal progress(BigDecimal baseline, BigDecimal target, BigDecimal latest, Direction direction) {
        BigDecimal distance = target.subtract(baseline);
        if (distance.signum() == 0) {
            boolean reached = direction == Direction.HIGHER_IS_BETTER ? latest.compareTo(target) >= 0
                    : latest.compareTo(target) <= 0;
            return reached ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return latest.subtract(baseline).divide(distance, PRECISION);
    }

    private static BigDecimal expected(LocalDate from, LocalDate due, LocalDate today) {
        if (from == null || !due.isAfter(from)) {
            return BigDecimal.ONE;
        }
        long total = ChronoUnit.DAYS.between(from, due);
        long passed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(from, today)));
        return BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(total), PRECISION);
    }

    /** @param measurements one per period, oldest first */
    private static Trend trend(Direction direction, List<MeasuredValue> measurements) {
        if (measurements.size() < 2) {
            return Trend.UNKNOWN;
        }
        int change = measurements.get(measurements.size() - 1).value()
                .compareTo(measurements.get(measurements.size() - 2).value());
        if (change == 0) {
            return Trend.STABLE;
        }
        boolean up = change > 0;
        return up == (direction == Direction.HIGHER_IS_BETTER) ? Trend.IMPROVING : Trend.WORSENING;
    }

    /** Reports arrive grouped by period, each group in reporting order; the last of each group speaks for it. */
    private static List<MeasuredValue> lastReportedPerPeriod(List<MeasuredValue> measurements) {
        Map<String, MeasuredValue> byPeriod = new LinkedHashMap<>();
        for (MeasuredValue measurement : measurements) {
            byPeriod.remove(measurement.period());
            byPeriod.put(measurement.period(), measurement);
        }
        return List.copyOf(byPeriod.values());
    }

    private static String canonical(String period) {
        ReportingPeriod parsed = parsed(period);
        return parsed == null ? period : parsed.toString();
    }

    private static LocalDate periodEnd(String period) {
        ReportingPeriod parsed = parsed(period);
        return parsed == null ? null : parsed.end();
    }

    /** A period as the plan or a report wrote it; null when absent or not a period. */
    private static ReportingPeriod parsed(String period) {
        if (period == null) {
            return null;
        }
        try {
            return ReportingPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
