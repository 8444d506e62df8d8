package no.ehelse.followup.reporting.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
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

    /** A row of {@code aggregate_version}: the newest version of each aggregate the view has applied. */
    private record Aggregate(String type, String id) {
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
        return apply(batch, false);
    }

    /**
     * @param intoRebuild into the tables a rebuild fills ({@link ViewRebuild#SCHEMA}) rather than the view served
     */
    @Transactional
    public List<ProcessedEvent.Outcome> apply(List<Inbound> batch, boolean intoRebuild) {
        Session session = entityManager.unwrap(Session.class);
        if (intoRebuild) {
            // Every statement of this transaction, the projectors' too, finds the rebuild's tables first.
            session.doWork(connection -> {
                try (Statement set = connection.createStatement()) {
                    set.execute("set local search_path to " + ViewRebuild.SCHEMA + ", public");
                }
            });
        }
        Set<UUID> processed = new HashSet<>(entityManager
                .createQuery("select p.eventId from ProcessedEvent p where p.eventId in :ids", UUID.class)
                .setParameter("ids", batch.stream().map(inbound -> inbound.event().eventId()).toList())
                .getResultList());
        Map<Aggregate, Long> versions = session.doReturningWork(connection -> lockVersions(connection, batch));
        Map<Aggregate, Long> applied = new LinkedHashMap<>();
        List<Inbound> recorded = new ArrayList<>(batch.size());
        Map<Partition, Freshness> freshness = new LinkedHashMap<>();
        Instant now = Instant.now();
        List<ProcessedEvent.Outcome> outcomes = new ArrayList<>(batch.size());
        for (Inbound inbound : batch) {
            EventEnvelope event = inbound.event();
            if (!processed.add(event.eventId())) {
                outcomes.add(null);
                continue;
            }
            ProcessedEvent.Outcome outcome = applyNew(event, versions, applied);
            recorded.add(inbound);
            Freshness partition = freshness.computeIfAbsent(new Partition(inbound.topic(), inbound.partition()),
                    key -> new Freshness());
            if (partition.lastOccurredAt == null || event.occurredAt().isAfter(partition.lastOccurredAt)) {
                partition.lastOccurredAt = event.occurredAt();
            }
            partition.applied++;
            outcomes.add(outcome);
        }
        all.forEach(Projector::completeBatch);
        // Flushed here, so a violation surfaces from this call rather than from the commit.
        entityManager.flush();
        session.doWork(connection -> {
            record(connection, recorded, outcomes.stream().filter(Objects::nonNull).toList(), now);
            advance(connection, applied);
        });
        freshness.forEach((partition, fresh) -> touch(partition, fresh, now));
        return outcomes;
    }

    /**
     * The versions the view has of the batch's aggregates, locked so no other transaction applies them meanwhile:
     * one statement for the whole batch.
     */
    private static Map<Aggregate, Long> lockVersions(Connection connection, List<Inbound> batch)
            throws SQLException {
        Set<Aggregate> keys = new LinkedHashSet<>();
        for (Inbound inbound : batch) {
            keys.add(new Aggregate(inbound.event().aggregateType(), inbound.event().aggregateId()));
        }
        Map<Aggregate, Long> versions = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select v.aggregate_type, v.aggregate_id, v.version from aggregate_version v
                join unnest(?::text[], ?::text[]) as k (aggregate_type, aggregate_id)
                  on v.aggregate_type = k.aggregate_type and v.aggregate_id = k.aggregate_id
                for update of v""")) {
            select.setArray(1, connection.createArrayOf("text", keys.stream().map(Aggregate::type).toArray()));
            select.setArray(2, connection.createArrayOf("text", keys.stream().map(Aggregate::id).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.put(new Aggregate(rows.getString(1), rows.getString(2)), rows.getLong(3));
                }
            }
        }
        return versions;
    }

    /**
     * @param versions the versions the view has, as of this event
     * @param applied  the aggregates this batch moves on, with their new versions
     */
    private ProcessedEvent.Outcome applyNew(EventEnvelope event, Map<Aggregate, Long> versions,
            Map<Aggregate, Long> applied) {
        Projector projector = all.stream().filter(p -> p.handles(event.aggregateType())).findFirst().orElse(null);
        if (projector == null) {
            LOG.debugf("No projection for aggregate type %s (event %s); recorded and skipped", event.aggregateType(),
                    event.eventId());
            return ProcessedEvent.Outcome.UNKNOWN_TYPE;
        }
        Aggregate key = new Aggregate(event.aggregateType(), event.aggregateId());
        Long seen = versions.get(key);
        if (seen != null && seen >= event.aggregateVersion()) {
            return ProcessedEvent.Outcome.STALE;
        }
        projector.apply(event);
        versions.put(key, event.aggregateVersion());
        applied.put(key, event.aggregateVersion());
        return ProcessedEvent.Outcome.APPLIED;
    }

    /** Stores the batch's event ids with what became of them, in one JDBC batch. */
    private static void record(Connection connection, List<Inbound> recorded, List<ProcessedEvent.Outcome> outcomes,
            Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into processed_event (event_id, topic, aggregate_type, aggregate_id, aggregate_version, outcome,
                                             processed_at)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < recorded.size(); i++) {
                EventEnvelope event = recorded.get(i).event();
                insert.setObject(1, event.eventId());
                insert.setString(2, recorded.get(i).topic());
                insert.setString(3, event.aggregateType());
                insert.setString(4, event.aggregateId());
                insert.setLong(5, event.aggregateVersion());
                insert.setString(6, outcomes.get(i).name());
                insert.setObject(7, now.atOffset(ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Moves the applied aggregates to their new versions, never back (another transaction may have gone further). */
    private static void advance(Connection connection, Map<Aggregate, Long> applied) throws SQLException {
        if (applied.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into aggregate_version (aggregate_type, aggregate_id, version) values (?, ?, ?)
                on conflict (aggregate_type, aggregate_id) do update
                set version = greatest(aggregate_version.version, excluded.version)""")) {
            for (Map.Entry<Aggregate, Long> version : applied.entrySet()) {
                upsert.setString(1, version.getKey().type());
                upsert.setString(2, version.getKey().id());
                upsert.setLong(3, version.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
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
