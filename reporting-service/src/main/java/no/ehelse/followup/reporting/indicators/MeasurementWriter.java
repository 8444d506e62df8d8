package no.ehelse.followup.reporting.indicators;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Writes a batch's measurements to {@code measurement_view} in one JDBC batch of upserts, in the
 * consumer's transaction: a series' current revision replaces what the view had, without reading it first.
 */
@ApplicationScoped
public class MeasurementWriter {

    /** A series' current revision, as the batch's latest event of it says. */
    public record Row(MeasurementView.Key key, int revision, LocalDate periodStart, LocalDate periodEnd, BigDecimal value,
            BigDecimal numerator, BigDecimal denominator, Instant reportedAt) {
    }

    @Inject
    EntityManager entityManager;

    public void write(Collection<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into measurement_view (indicator_id, period, reported_by, revision, period_start, period_end,
                                                  value, numerator, denominator, reported_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (indicator_id, period, reported_by) do update set
                        revision = excluded.revision, period_start = excluded.period_start,
                        period_end = excluded.period_end, value = excluded.value, numerator = excluded.numerator,
                        denominator = excluded.denominator, reported_at = excluded.reported_at""")) {
                for (Row row : rows) {
                    upsert.setString(1, row.key().indicatorId());
                    upsert.setString(2, row.key().period());
                    upsert.setString(3, row.key().reportedBy());
                    upsert.setInt(4, row.revision());
                    upsert.setDate(5, Date.valueOf(row.periodStart()));
                    upsert.setDate(6, Date.valueOf(row.periodEnd()));
                    upsert.setBigDecimal(7, row.value());
                    upsert.setBigDecimal(8, row.numerator());
                    upsert.setBigDecimal(9, row.denominator());
                    upsert.setObject(10, row.reportedAt().atOffset(ZoneOffset.UTC));
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }
}
