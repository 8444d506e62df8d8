package no.ehelse.followup.webhook.subscriptions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A subscription as stored; {@code removedAt} ends it, its deliveries stay for the record. */
@Entity
@Table(name = "subscription")
public class SubscriptionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The subscribing organisation, from its token. */
    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public String client;

    @Column(nullable = false)
    public String endpoint;

    /** The signing secret, sealed by {@link SecretVault}. */
    @Column(nullable = false)
    public String secret;

    /** The secret before the last rotation, sealed; it signs beside the new one until {@link #previousSecretUntil}. */
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false, columnDefinition = "text[]")
    public List<String> eventTypes;

    @Column(name = "goal_id")
    public String goalId;

    @Column(name = "indicator_id")
    public String indicatorId;

    @Column(name = "about_organisation")
    public String aboutOrganisation;

    public String description;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "removed_at")
    public Instant removedAt;

    public EventFilter filter() {
        return new EventFilter(List.copyOf(eventTypes), goalId, indicatorId, aboutOrganisation);
    }
}
