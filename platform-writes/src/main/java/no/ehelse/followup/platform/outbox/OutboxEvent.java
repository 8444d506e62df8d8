package no.ehelse.followup.platform.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A change event waiting to be published, written in the same transaction as the change itself
 * (table created by {@code db/outbox/V0_1__outbox.sql}).
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Publication order. Ids of one aggregate follow its commit order: see {@link EventOutbox}. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The serialised envelope, published byte for byte as written. */
    @Column(nullable = false)
    public String envelope;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** The Kafka headers it is published with ({@link CloudEventHeaders}); none on rows older than them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, String> headers;

    /** Set when the broker refuses the row for good; later rows of its aggregate wait behind it. */
    @Column(name = "parked_at")
    public Instant parkedAt;

    @Column(name = "parked_reason")
    public String parkedReason;
}
