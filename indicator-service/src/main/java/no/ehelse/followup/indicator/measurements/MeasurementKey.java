package no.ehelse.followup.indicator.measurements;

import java.util.List;

import no.ehelse.followup.platform.series.SeriesKey;

/** The series a measurement revises: one per (indicator, period, reporting organisation). */
public record MeasurementKey(String indicatorId, String period, String reportedBy) implements SeriesKey {

    @Override
    public List<Object> columnValues() {
        return List.of(indicatorId, period, reportedBy);
    }
}
