package no.ehelse.followup.reporting.indicators;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The current revision of one measurement series: (indicator, period, reporting organisation). */
@Entity
@Table(name = "measurement_view")
public class MeasurementView extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "indicator_id") String indicatorId, String period,
            @Column(name = "reported_by") String reportedBy) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public int revision;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    public BigDecimal value;

    public BigDecimal numerator;

    public BigDecimal denominator;

    @Column(name = "reported_at")
    public Instant reportedAt;

    /** A reported_at column as a native query returns it. */
    public static Instant instant(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) column;
    }

    public IndicatorFollowUp.MeasuredValue measured() {
        return new IndicatorFollowUp.MeasuredValue(key.period(), value, numerator, denominator, key.reportedBy(), revision,
                reportedAt);
    }
}
