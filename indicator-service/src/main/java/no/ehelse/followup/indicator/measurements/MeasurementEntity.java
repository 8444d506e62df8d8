package no.ehelse.followup.indicator.measurements;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.indicator.IndicatorEvents;
import no.ehelse.followup.events.indicator.Measurement;
import no.ehelse.followup.platform.series.Revision;
import no.ehelse.followup.platform.series.Series;

/** One revision of the measurement of (indicator, period, reporter). */
@Entity
@Table(name = "measurement")
public class MeasurementEntity extends PanacheEntityBase implements Revision<MeasurementKey, MeasurementContent> {

    /** Measurements as a revisioned series, published as {@link IndicatorEvents#MEASUREMENT} events. */
    public static final Series<MeasurementKey, MeasurementContent, MeasurementEntity> SERIES = new Series<>(
            MeasurementEntity.class, "measurement", List.of("indicator_id", "period", "reported_by"),
            IndicatorEvents.MEASUREMENT,
            key -> IndicatorEvents.measurementId(key.indicatorId(), key.period(), key.reportedBy()),
            IndicatorEvents.MEASUREMENT_RECORDED, IndicatorEvents.MEASUREMENT_CORRECTED, IndicatorEvents.SCHEMA_VERSION,
            MeasurementEntity::toMeasurement);

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

    /** A revision of the series {@code key} saying {@code content}, current; who and when are the caller's to set. */
    static MeasurementEntity revision(MeasurementKey key, int number, MeasurementContent content) {
        MeasurementEntity revision = new MeasurementEntity();
        revision.indicatorId = key.indicatorId();
        revision.period = key.period();
        revision.reportedBy = key.reportedBy();
        revision.revision = number;
        revision.current = true;
        revision.value = content.value();
        revision.numerator = content.numerator();
        revision.denominator = content.denominator();
        revision.source = content.source();
        revision.methodNote = content.methodNote();
        return revision;
    }

    @Override
    public MeasurementKey seriesKey() {
        return new MeasurementKey(indicatorId, period, reportedBy);
    }

    @Override
    public int revisionNumber() {
        return revision;
    }

    @Override
    public MeasurementContent content() {
        return new MeasurementContent(value, numerator, denominator, source, methodNote);
    }

    public Measurement toMeasurement() {
        return new Measurement(indicatorId, period, reportedBy, revision, current, value, numerator, denominator,
                source, methodNote, reportedAt, reportedByClient, reportedByChild, reportedBySupplier);
    }
}
