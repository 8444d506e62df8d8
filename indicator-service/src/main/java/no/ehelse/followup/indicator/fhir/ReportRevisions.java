package no.ehelse.followup.indicator.fhir;

import java.util.List;
import java.util.Optional;

import no.ehelse.followup.indicator.measurements.MeasurementEntity;

/** The stored revisions of a MeasureReport: the current one, one by version, all of them. */
final class ReportRevisions {

    private static final String SERIES = "indicatorId = ?1 and period = ?2 and reportedBy = ?3";

    private ReportRevisions() {
    }

    static Optional<MeasurementEntity> current(ReportId id) {
        return MeasurementEntity.find(SERIES + " and current = true", id.indicatorId(), id.period(), id.reporter())
                .firstResultOptional();
    }

    static Optional<MeasurementEntity> version(ReportId id, int revision) {
        return MeasurementEntity.find(SERIES + " and revision = ?4", id.indicatorId(), id.period(), id.reporter(), revision)
                .firstResultOptional();
    }

    /** Newest first, as a FHIR history lists them. */
    static List<MeasurementEntity> all(ReportId id) {
        return MeasurementEntity.list(SERIES + " order by revision desc", id.indicatorId(), id.period(), id.reporter());
    }
}
