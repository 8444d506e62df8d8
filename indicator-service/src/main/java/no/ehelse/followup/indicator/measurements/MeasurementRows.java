package no.ehelse.followup.indicator.measurements;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import no.ehelse.followup.platform.jdbc.CopyRows;

/**
 * Inserts measurement revisions with one {@code COPY} ({@link CopyRows}); the ids come from the
 * table's identity column. The set-based import writes through this instead of one {@code persist}
 * per row, which with identity keys would be one round trip each.
 */
final class MeasurementRows {

    private static final List<String> COLUMNS = List.of("indicator_id", "period", "period_start", "period_end",
            "reported_by", "revision", "current", "value", "numerator", "denominator", "source", "method_note",
            "reported_at", "reported_by_client", "reported_by_child", "reported_by_supplier");

    private MeasurementRows() {
    }

    static void insert(Connection connection, List<MeasurementEntity> revisions) throws SQLException {
        CopyRows rows = new CopyRows("measurement", COLUMNS);
        for (MeasurementEntity revision : revisions) {
            rows.row(revision.indicatorId, revision.period, revision.periodStart, revision.periodEnd, revision.reportedBy,
                    revision.revision, revision.current, revision.value, revision.numerator, revision.denominator,
                    revision.source, revision.methodNote, revision.reportedAt, revision.reportedByClient,
                    revision.reportedByChild, revision.reportedBySupplier);
        }
        rows.copyInto(connection);
    }
}
