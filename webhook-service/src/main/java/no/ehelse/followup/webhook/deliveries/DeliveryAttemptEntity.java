package no.ehelse.followup.webhook.deliveries;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One try at a delivery: the subscriber's status code, or the error when none came. */
@Entity
@Table(name = "delivery_attempt")
@IdClass(DeliveryAttemptEntity.Key.class)
public class DeliveryAttemptEntity extends PanacheEntityBase {

    public record Key(UUID deliveryId, int number) implements Serializable {
    }

    @Id
    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Id
    public int number;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Column(name = "status_code")
    public Integer statusCode;

    public String error;

    @Column(name = "duration_ms", nullable = false)
    public long durationMs;
}
