package no.ehelse.followup.reporting.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import no.ehelse.followup.reporting.indicators.IndicatorAssessment.Trend;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp.MeasuredValue;

/**
 * What an indicator's assessment needs from its measurements, computed by {@link IndicatorAssessor#summarise}
 * when they change and kept in the view: only the parts that depend on today's date are left for reading.
 *
 * @param baseline         the plan's baseline value, else the first measurement's
 * @param baselineDate     the end of the baseline's period
 * @param latest           the measurement of the latest period (reported last among its reporters)
 * @param points           the latest measurement of each of the last {@link IndicatorAssessor#POINTS} periods, oldest first
 * @param measurementCount every current measurement (all periods and reporters)
 * @param onlyBaseline     every measurement is of the baseline's period: no measurement since the baseline
 */
public record IndicatorSummary(BigDecimal baseline, LocalDate baselineDate, MeasuredValue latest, Trend trend,
        List<MeasuredValue> points, long measurementCount, boolean onlyBaseline) {
}
