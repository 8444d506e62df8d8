package no.ehelse.followup.indicator.measurements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/**
 * Inserts measurement revisions as one JDBC batch (sent as multi-row INSERTs with the driver's
 * {@code reWriteBatchedInserts}); the ids come from the table's identity column. The set-based
 * import writes through this instead of one {@code persist} per row, which with identity keys
 * would be one round trip each.
 */
final class MeasurementRows {

    private static final String INSERT = "insert into measurement (indicator_id, period, period_start, period_end,"
            + " reported_by, revision, current, value, numerator, denominator, source, method_note, reported_at,"
            + " reported_by_client, reported_by_child, reported_by_supplier)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private MeasurementRows() {
    }

    static void insert(Connection connection, List<MeasurementEntity> revisions) throws SQLException {
        if (revisions.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (MeasurementEntity revision : revisions) {
                insert.setString(1, revision.indicatorId);
                insert.setString(2, revision.period);
                insert.setObject(3, revision.periodStart);
                insert.setObject(4, revision.periodEnd);
                insert.setString(5, revision.reportedBy);
                insert.setInt(6, revision.revision);
                insert.setBoolean(7, revision.current);
                insert.setBigDecimal(8, revision.value);
                insert.setBigDecimal(9, revision.numerator);
                insert.setBigDecimal(10, revision.denominator);
                insert.setString(11, revision.source);
                insert.setString(12, revision.methodNote);
                insert.setTimestamp(13, Timestamp.from(revision.reportedAt));
                insert.setString(14, revision.reportedByClient);
                insert.setString(15, revision.reportedByChild);
                insert.setString(16, revision.reportedBySupplier);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
