package no.ehelse.followup.reporting.consumer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event id that has been handled, stored in the same transaction as the view change it caused. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    public enum Outcome {
        APPLIED,
        /** The view already had a newer version of the aggregate. */
        STALE,
        /** An event type this version of the service does not know; kept for a later replay. */
        UNKNOWN_TYPE
    }

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    public String topic;

    @Column(name = "aggregate_type")
    public String aggregateType;

    @Column(name = "aggregate_id")
    public String aggregateId;

    @Column(name = "aggregate_version")
    public long aggregateVersion;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Outcome outcome;

    @Column(name = "processed_at")
    public Instant processedAt;
}
