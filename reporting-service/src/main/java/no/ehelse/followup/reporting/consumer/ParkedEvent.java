package no.ehelse.followup.reporting.consumer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A record the consumer set aside so its partition could move on; also on {@code reporting-dead-letter}. */
@Entity
@Table(name = "parked_event")
public class ParkedEvent extends PanacheEntityBase {

    public enum Kind {
        /** Not a valid event: it breaks the envelope or its payload's JSON Schema, or cannot be read as its type. */
        CONTRACT,
        /** A valid event that failed to apply on every attempt: an integrity violation, a projector bug. */
        APPLY
    }

    @Id
    public UUID id;

    @Column(name = "source_topic")
    public String sourceTopic;

    @Column(name = "source_partition")
    public int sourcePartition;

    @Column(name = "source_offset")
    public long sourceOffset;

    @Column(name = "record_key")
    public String recordKey;

    @Column(name = "record_value")
    public String recordValue;

    @Column(name = "event_id")
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String reason;

    public int attempts;

    @Column(name = "parked_at")
    public Instant parkedAt;

    @Column(name = "replayed_at")
    public Instant replayedAt;

    @Column(name = "replay_outcome")
    public String replayOutcome;
}
