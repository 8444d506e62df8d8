package no.ehelse.followup.reporting.consumer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** When a source topic last delivered an event to the view: its partitions' freshness added up (a database view). */
@Entity
@Immutable
@Table(name = "topic_freshness")
public class TopicFreshness extends PanacheEntityBase {

    @Id
    public String topic;

    @Column(name = "last_occurred_at")
    public Instant lastOccurredAt;

    @Column(name = "last_applied_at")
    public Instant lastAppliedAt;

    @Column(name = "events_applied")
    public long eventsApplied;
}
