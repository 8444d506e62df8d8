package no.ehelse.followup.indicator.measurements;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.indicator.Measurement;

/** One revision of the measurement of (indicator, period, reporter). */
@Entity
@Table(name = "measurement")
public class MeasurementEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_id")
    public String indicatorId;

    public String period;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "reported_by")
    public String reportedBy;

    public int revision;

    public boolean current;

    public BigDecimal value;

    public BigDecimal numerator;

    public BigDecimal denominator;

    public String source;

    @Column(name = "method_note")
    public String methodNote;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "reported_by_client")
    public String reportedByClient;

    /** HelseID's orgnr_child: the sub-unit of reportedBy that reported, when the token names one. */
    @Column(name = "reported_by_child")
    public String reportedByChild;

    /** HelseID's orgnr_supplier: the supplier that reported for reportedBy, when the token names one. */
    @Column(name = "reported_by_supplier")
    public String reportedBySupplier;

    public Measurement toMeasurement() {
        return new Measurement(indicatorId, period, reportedBy, revision, current, value, numerator, denominator,
                source, methodNote, reportedAt, reportedByClient, reportedByChild, reportedBySupplier);
    }
}
