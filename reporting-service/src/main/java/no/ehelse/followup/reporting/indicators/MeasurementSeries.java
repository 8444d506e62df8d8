package no.ehelse.followup.reporting.indicators;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementSeries", description = "One page of an indicator's series, oldest period first: every current "
        + "measurement, or with aggregate one point per period of that kind, the measurement of the latest period within "
        + "it (the most recently reported when several organisations report it).")
public record MeasurementSeries(
        @Schema(example = "4.2.1") String indicatorId,
        @Schema(description = "The period kind points are aggregated by; null for every measurement") Aggregate aggregate,
        @Schema(description = "Page number, from 0", example = "0") int page,
        @Schema(description = "Points per page", example = "100") int size,
        @Schema(description = "Points in all pages", example = "17") long totalPoints,
        List<Point> points) {

    /** The period kinds a series can be aggregated by. */
    public enum Aggregate {
        YEAR, HALF_YEAR, TERTIAL, QUARTER, MONTH
    }

    @Schema(name = "SeriesPoint")
    public record Point(
            @Schema(description = "The aggregate's period (2024S1, 2024T2, 2024Q3, 2024-09, 2024), else the measurement's "
                    + "own period", example = "2024Q3") String period,
            IndicatorFollowUp.MeasuredValue measurement) {
    }
}
