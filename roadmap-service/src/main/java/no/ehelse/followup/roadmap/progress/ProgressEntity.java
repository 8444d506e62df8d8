package no.ehelse.followup.roadmap.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.roadmap.ActorProgress;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.platform.series.Revision;
import no.ehelse.followup.platform.series.Series;

/**
 * One progress report: an actor's phase on a delivery, or the delivery's national phase. Reports
 * are never changed; the newest of each actor (and of the national phase) is current.
 */
@Entity
@Table(name = "progress_report")
public class ProgressEntity extends PanacheEntityBase implements Revision<ProgressKey, ProgressStatement> {

    /** Progress reports as a revisioned series; a report is published as the state of its delivery. */
    static final Series<ProgressKey, ProgressStatement, ProgressEntity> SERIES = Series.publishedByParent(
            ProgressEntity.class, "progress_report", List.of("delivery_id", "national", "series_actor"));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id")
    public String deliveryId;

    /** The participant's key (organisation number, else name); for the national phase, the national owner's. */
    public String actor;

    /** The delivery's national phase (1–2) rather than one actor's own phase. */
    public boolean national;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_phase")
    public Phase previousPhase;

    @Column(name = "as_of")
    public LocalDate asOf;

    public String reason;

    public BigDecimal value;

    public String unit;

    public String text;

    /** 1, 2, 3 … within the actor's (or the national) series. */
    public int revision;

    public boolean current;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by_organisation")
    public String recordedByOrganisation;

    @Column(name = "recorded_by_client")
    public String recordedByClient;

    @Override
    public ProgressKey seriesKey() {
        return new ProgressKey(deliveryId, national, actor);
    }

    @Override
    public int revisionNumber() {
        return revision;
    }

    @Override
    public ProgressStatement content() {
        return new ProgressStatement(phase, asOf, value, unit, text);
    }

    public EventActor recordedBy() {
        return new EventActor(recordedByOrganisation, recordedByClient);
    }

    public ActorProgress toActorProgress() {
        return new ActorProgress(phase, asOf, value, unit, text, recordedAt, recordedBy());
    }

    public ProgressReportView toView() {
        return new ProgressReportView(id, actor, national, phase, previousPhase, asOf, reason, value, unit, text, revision,
                current, recordedAt, recordedBy());
    }
}
