package no.ehelse.followup.initiative.reports;

import java.util.List;

import no.ehelse.followup.platform.series.SeriesKey;

/** The series a status report revises: one per (initiative, period, owner). */
public record StatusReportKey(String initiativeId, String period, String owner) implements SeriesKey {

    @Override
    public List<Object> columnValues() {
        return List.of(initiativeId, period, owner);
    }
}
