package no.ehelse.followup.reporting.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import no.ehelse.followup.events.Topics;
import no.ehelse.followup.platform.problem.ProblemException;

/**
 * Rebuilds the view from the topics alone, without a gap: replays the three topics from the beginning into
 * shadow tables (schema {@value #SCHEMA}, the view's tables as empty copies) through the live consumer's own
 * apply path, then swaps them for the served ones in one transaction, so readers see the old view until the
 * new one is complete. What the live consumer applied to the old tables meanwhile is applied to the new ones
 * after the swap (the replay goes on to the topics' end as they stand then; event ids make it exactly once).
 * One rebuild at a time across replicas: a session advisory lock, held by the job's own connection.
 */
@ApplicationScoped
public class ViewRebuild {

    /** The schema the rebuild fills, searched before {@code public} by the transactions that apply into it. */
    public static final String SCHEMA = "view_rebuild";
    private static final String RETIRED = "view_retired";
    private static final String LOCK = "select pg_try_advisory_lock(hashtext('reporting-service view rebuild'))";
    private static final List<String> TOPICS = List.of(Topics.INDICATOR_EVENTS, Topics.INITIATIVE_EVENTS,
            Topics.ROADMAP_EVENTS);
    private static final String FRESHNESS_VIEW = """
            create view %s.topic_freshness as
            select topic, max(last_occurred_at) as last_occurred_at, max(last_applied_at) as last_applied_at,
                   sum(events_applied)::bigint as events_applied
            from %1$s.partition_freshness
            group by topic""";

    private static final Logger LOG = Logger.getLogger(ViewRebuild.class);

    @Inject
    DataSource dataSource;

    @Inject
    Instance<Projector> projectors;

    @Inject
    EventConsumer consumer;

    @Inject
    RebuildJobs jobs;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** Records per replayed batch (one transaction each). */
    @ConfigProperty(name = "followup.rebuild.batch-size", defaultValue = "1000")
    int batchSize;

    /** A pause after each replayed batch, to leave the database to the live consumer and readers. */
    @ConfigProperty(name = "followup.rebuild.pause", defaultValue = "0ms")
    Duration pause;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "view-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /**
     * Starts a rebuild in the background.
     *
     * @throws ProblemException 409 while another rebuild runs, on this replica or another
     */
    public RebuildJobs.Job start() {
        Connection lock;
        try {
            lock = dataSource.getConnection();
            lock.setAutoCommit(true);
            boolean locked;
            try (Statement statement = lock.createStatement(); ResultSet result = statement.executeQuery(LOCK)) {
                locked = result.next() && result.getBoolean(1);
            }
            if (!locked) {
                lock.close();
                throw ProblemException.conflict("A rebuild of the view is running; follow it at GET /api/v1/admin/rebuild/{id}");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the rebuild lock", e);
        }
        RebuildJobs.Job job = jobs.started();
        runner.submit(() -> {
            try {
                run(job.id());
            } catch (Throwable e) {
                LOG.errorf(e, "Rebuild %s failed", job.id());
                jobs.failed(job.id(), e.toString());
                dropShadow();
            } finally {
                release(lock);
            }
        });
        return job;
    }

    /** The lock is the pooled connection's session's: released before the connection goes back to the pool. */
    private static void release(Connection lock) {
        try (lock; Statement statement = lock.createStatement()) {
            statement.execute("select pg_advisory_unlock(hashtext('reporting-service view rebuild'))");
        } catch (SQLException e) {
            LOG.warnf("Releasing the rebuild lock failed: %s", e.getMessage());
        }
    }

    private void run(UUID id) throws SQLException {
        long start = System.nanoTime();
        List<String> tables = tables();
        createShadow(tables);
        Counts counts = new Counts();
        try (KafkaConsumer<String, String> replay = new KafkaConsumer<>(config())) {
            List<TopicPartition> partitions = TOPICS.stream()
                    .flatMap(topic -> replay.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .collect(Collectors.toList());
            replay.assign(partitions);
            replay.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = replay.endOffsets(partitions);
            jobs.records(id, end.values().stream().mapToLong(Long::longValue).sum());
            replayTo(replay, partitions, end, true, counts, id);
            swap(tables);
            // What the live consumer applied to the old tables since the rebuild read the topics' end.
            Map<TopicPartition, Long> now = replay.endOffsets(partitions);
            jobs.records(id, now.values().stream().mapToLong(Long::longValue).sum());
            replayTo(replay, partitions, now, false, counts, id);
        }
        long milliseconds = (System.nanoTime() - start) / 1_000_000;
        jobs.done(id, counts.applied, counts.duplicates, counts.poison);
        LOG.infof("View rebuilt from %d events (%d duplicates, %d poison records skipped) in %d ms", counts.applied,
                counts.duplicates, counts.poison, milliseconds);
    }

    private static final class Counts {
        long applied;
        long duplicates;
        long poison;
    }

    private void replayTo(KafkaConsumer<String, String> replay, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end, boolean intoRebuild, Counts counts, UUID id) {
        while (partitions.stream().anyMatch(p -> replay.position(p) < end.get(p))) {
            List<ConsumerRecord<String, String>> batch = new ArrayList<>();
            for (ConsumerRecord<String, String> record : replay.poll(Duration.ofMillis(500))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    batch.add(record);
                }
            }
            for (EventConsumer.Fate fate : consumer.applyAll(batch, intoRebuild)) {
                switch (fate) {
                    case DUPLICATE -> counts.duplicates++;
                    case PARKED -> counts.poison++;
                    default -> counts.applied++;
                }
            }
            jobs.progress(id, counts.applied, counts.duplicates, counts.poison);
            if (!pause.isZero()) {
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("stopped during a rebuild", e);
                }
            }
        }
    }

    /** The view's tables: the consumer's bookkeeping and every projector's. */
    private List<String> tables() {
        List<String> tables = new ArrayList<>(List.of("processed_event", "aggregate_version", "partition_freshness"));
        projectors.forEach(projector -> tables.addAll(projector.tables()));
        return tables;
    }

    /**
     * Empty copies of the view's tables in {@value #SCHEMA}, with their constraints and indexes under the same
     * names, so that once swapped in they are what the migrations made.
     */
    private void createShadow(List<String> tables) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            connection.setAutoCommit(false);
            ddl.execute("drop schema if exists " + SCHEMA + " cascade");
            ddl.execute("drop schema if exists " + RETIRED + " cascade");
            ddl.execute("create schema " + SCHEMA);
            for (String table : tables) {
                ddl.execute("create table %s.%s (like public.%2$s including defaults including constraints)"
                        .formatted(SCHEMA, table));
                List<String> constraints = new ArrayList<>();
                try (PreparedStatement keys = connection.prepareStatement("""
                        select conname, pg_get_constraintdef(oid) from pg_constraint
                        where conrelid = ('public.' || ?)::regclass and contype in ('p', 'u')""")) {
                    keys.setString(1, table);
                    try (ResultSet rows = keys.executeQuery()) {
                        while (rows.next()) {
                            constraints.add(rows.getString(1));
                            ddl.addBatch("alter table %s.%s add constraint %s %s".formatted(SCHEMA, table,
                                    rows.getString(1), rows.getString(2)));
                        }
                    }
                }
                try (PreparedStatement indexes = connection.prepareStatement(
                        "select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = ?")) {
                    indexes.setString(1, table);
                    try (ResultSet rows = indexes.executeQuery()) {
                        while (rows.next()) {
                            if (!constraints.contains(rows.getString(1))) {
                                ddl.addBatch(rows.getString(2).replace(" ON public.", " ON " + SCHEMA + "."));
                            }
                        }
                    }
                }
                ddl.executeBatch();
            }
            ddl.execute(FRESHNESS_VIEW.formatted(SCHEMA));
            connection.commit();
        }
    }

    /**
     * In one transaction: the served tables retired, the rebuilt ones served, the retired ones dropped. Tried again
     * when it deadlocks with the live consumer's batch.
     */
    private void swap(List<String> tables) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try {
                swapOnce(tables);
                return;
            } catch (SQLException e) {
                if (attempt >= 5 || !"40P01".equals(e.getSQLState())) {
                    throw e;
                }
                LOG.infof("Swapping in the rebuilt view deadlocked with the live consumer (attempt %d); again", attempt);
            }
        }
    }

    private void swapOnce(List<String> tables) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            connection.setAutoCommit(false);
            ddl.execute("create schema " + RETIRED);
            ddl.execute("drop view public.topic_freshness");
            for (String table : tables) {
                ddl.execute("alter table public.%s set schema %s".formatted(table, RETIRED));
                ddl.execute("alter table %s.%s set schema public".formatted(SCHEMA, table));
            }
            ddl.execute(FRESHNESS_VIEW.formatted("public"));
            ddl.execute("drop schema " + RETIRED + " cascade");
            ddl.execute("drop schema " + SCHEMA + " cascade");
            connection.commit();
        }
    }

    private void dropShadow() {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("drop schema if exists " + SCHEMA + " cascade");
        } catch (SQLException e) {
            LOG.warnf("Could not drop the rebuild's tables: %s", e.getMessage());
        }
    }

    private Properties config() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, batchSize);
        return config;
    }
}
