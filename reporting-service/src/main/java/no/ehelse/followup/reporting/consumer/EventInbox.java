package no.ehelse.followup.reporting.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import no.ehelse.followup.events.EventEnvelope;

/**
 * Applies events to the view at most once, a batch in one transaction: each event id is stored in the
 * same transaction as the view change, so a duplicate or a replay finds it and changes nothing. An event
 * older than the version the view already has of its aggregate is skipped: payloads carry the
 * aggregate's whole state, so the newer event already says everything.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    /** An event as read from its partition of a source topic. */
    public record Inbound(String topic, int partition, EventEnvelope event) {
    }

    private record Partition(String topic, int partition) {
    }

    private static final class Freshness {
        Instant lastOccurredAt;
        long applied;
    }

    @Inject
    Instance<Projector> projectors;

    @Inject
    EntityManager entityManager;

    private List<Projector> all;

    @PostConstruct
    void findProjectors() {
        all = projectors.stream().toList();
    }

    /**
     * @return what applying each event did, in order; null for an event processed before (or earlier in the batch)
     * @throws PoisonEventException when a projector cannot read a payload as its type
     */
    @Transactional
    public List<ProcessedEvent.Outcome> apply(List<Inbound> batch) {
        Set<UUID> processed = new HashSet<>(entityManager
                .createQuery("select p.eventId from ProcessedEvent p where p.eventId in :ids", UUID.class)
                .setParameter("ids", batch.stream().map(inbound -> inbound.event().eventId()).toList())
                .getResultList());
        Map<AggregateVersion.Key, AggregateVersion> versions = lockVersions(batch);
        Map<Partition, Freshness> freshness = new LinkedHashMap<>();
        Instant now = Instant.now();
        List<ProcessedEvent.Outcome> outcomes = new ArrayList<>(batch.size());
        for (Inbound inbound : batch) {
            EventEnvelope event = inbound.event();
            if (!processed.add(event.eventId())) {
                outcomes.add(null);
                continue;
            }
            ProcessedEvent.Outcome outcome = applyNew(event, versions);
            ProcessedEvent record = new ProcessedEvent();
            record.eventId = event.eventId();
            record.topic = inbound.topic();
            record.aggregateType = event.aggregateType();
            record.aggregateId = event.aggregateId();
            record.aggregateVersion = event.aggregateVersion();
            record.outcome = outcome;
            record.processedAt = now;
            entityManager.persist(record);
            Freshness partition = freshness.computeIfAbsent(new Partition(inbound.topic(), inbound.partition()),
                    key -> new Freshness());
            if (partition.lastOccurredAt == null || event.occurredAt().isAfter(partition.lastOccurredAt)) {
                partition.lastOccurredAt = event.occurredAt();
            }
            partition.applied++;
            outcomes.add(outcome);
        }
        all.forEach(Projector::completeBatch);
        freshness.forEach((partition, fresh) -> touch(partition, fresh, now));
        // Flushed here, so a violation surfaces from this call rather than from the commit.
        entityManager.flush();
        return outcomes;
    }

    /** The versions the view has of the batch's aggregates, locked so no other transaction applies them meanwhile. */
    private Map<AggregateVersion.Key, AggregateVersion> lockVersions(List<Inbound> batch) {
        Set<AggregateVersion.Key> keys = new HashSet<>();
        for (Inbound inbound : batch) {
            keys.add(new AggregateVersion.Key(inbound.event().aggregateType(), inbound.event().aggregateId()));
        }
        Map<AggregateVersion.Key, AggregateVersion> versions = new HashMap<>();
        entityManager.createQuery("from AggregateVersion v where v.key in :keys", AggregateVersion.class)
                .setParameter("keys", keys)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(version -> versions.put(version.key, version));
        return versions;
    }

    private ProcessedEvent.Outcome applyNew(EventEnvelope event, Map<AggregateVersion.Key, AggregateVersion> versions) {
        Projector projector = all.stream().filter(p -> p.handles(event.aggregateType())).findFirst().orElse(null);
        if (projector == null) {
            LOG.debugf("No projection for aggregate type %s (event %s); recorded and skipped", event.aggregateType(),
                    event.eventId());
            return ProcessedEvent.Outcome.UNKNOWN_TYPE;
        }
        AggregateVersion.Key key = new AggregateVersion.Key(event.aggregateType(), event.aggregateId());
        AggregateVersion seen = versions.get(key);
        if (seen != null && seen.version >= event.aggregateVersion()) {
            return ProcessedEvent.Outcome.STALE;
        }
        projector.apply(event);
        if (seen == null) {
            seen = new AggregateVersion();
            seen.key = key;
            entityManager.persist(seen);
            versions.put(key, seen);
        }
        seen.version = event.aggregateVersion();
        return ProcessedEvent.Outcome.APPLIED;
    }

    /**
     * Adds the batch to its partition's freshness: one statement per partition and batch, on a row that
     * only this partition's consumer writes.
     */
    private void touch(Partition partition, Freshness fresh, Instant now) {
        entityManager.createNativeQuery("""
                insert into partition_freshness (topic, partition, last_occurred_at, last_applied_at, events_applied)
                values (:topic, :partition, :occurred, :applied, :count)
                on conflict (topic, partition) do update set
                    last_occurred_at = greatest(partition_freshness.last_occurred_at, excluded.last_occurred_at),
                    last_applied_at = excluded.last_applied_at,
                    events_applied = partition_freshness.events_applied + excluded.events_applied""")
                .setParameter("topic", partition.topic())
                .setParameter("partition", partition.partition())
                .setParameter("occurred", fresh.lastOccurredAt)
                .setParameter("applied", now)
                .setParameter("count", fresh.applied)
                .executeUpdate();
    }
}
