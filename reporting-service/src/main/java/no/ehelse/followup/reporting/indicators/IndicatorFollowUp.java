package no.ehelse.followup.reporting.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.indicator.Indicator;
import no.ehelse.followup.reporting.roadmap.DelayShare;

@Schema(name = "IndicatorFollowUp", description = "An indicator with the last points of its series and whether it is on "
        + "track. Bounded: at most " + IndicatorAssessor.POINTS + " points; the whole series, paged and aggregated, is at "
        + "GET /api/v1/status/indicators/{id}/measurements.")
public record IndicatorFollowUp(
        Indicator indicator,
        @Schema(description = "The measurement of the latest period (the most recently reported, when several "
                + "organisations report the same period); null before the first measurement")
        MeasuredValue latest,
        @Schema(description = "The latest measurement of each of the last " + IndicatorAssessor.POINTS
                + " measured periods, oldest first (a sparkline); measurementCount tells how many there are in all",
                maxItems = IndicatorAssessor.POINTS)
        List<MeasuredValue> measurements,
        @Schema(description = "Every current measurement of the indicator, all periods and reporters", example = "17")
        long measurementCount,
        IndicatorAssessment assessment,
        @Schema(description = "Indicators 5.2 and 5.3 only: the share computed from the roadmap's events today, beside "
                + "the measured values; null for every other indicator")
        DelayShare roadmapDelayShare) {

    @Schema(name = "MeasuredValue")
    public record MeasuredValue(
            @Schema(example = "2024Q3") String period,
            @Schema(example = "240") BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            @Schema(example = "994598759") String reportedBy,
            @Schema(example = "1") int revision,
            Instant reportedAt) {
    }
}
