package no.ehelse.followup.indicator.fhir;

import java.util.Optional;

import no.ehelse.followup.indicator.measurements.MeasurementKey;

/**
 * The logical id of a MeasureReport: its series, (indicator, period, reporter), spelt as a FHIR id
 * ({@code [A-Za-z0-9\-.]{1,64}}), e.g. {@code 4.2.1-2024Q3-994598759}. Every revision of the series
 * is a version of this one resource. Indicator ids have no hyphen and organisation numbers are
 * digits, so the first and last hyphen delimit the period; an interval's slash is written "..".
 */
record ReportId(String indicatorId, String period, String reporter) {

    static ReportId of(MeasurementKey key) {
        return new ReportId(key.indicatorId(), key.period(), key.reportedBy());
    }

    /** Empty when {@code id} cannot be the id of any report. */
    static Optional<ReportId> parse(String id) {
        int first = id.indexOf('-');
        int last = id.lastIndexOf('-');
        if (first <= 0 || last <= first + 1 || last == id.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new ReportId(id.substring(0, first), id.substring(first + 1, last).replace("..", "/"),
                id.substring(last + 1)));
    }

    @Override
    public String toString() {
        return indicatorId + "-" + period.replace("/", "..") + "-" + reporter;
    }
}
