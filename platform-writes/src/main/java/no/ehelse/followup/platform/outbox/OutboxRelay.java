package no.ehelse.followup.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes committed outbox rows to Kafka in id order, marks them published once the broker has
 * acknowledged them (acks=all, idempotent producer), and retries the rest on the next tick until
 * the broker takes them. Delivery is at least once; consumers drop duplicates by event id.
 * <p>
 * One relay publishes at a time across all replicas of a service (a PostgreSQL advisory lock held
 * for the batch's transaction), so replicas cannot reorder an aggregate's events.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: any constant shared by the replicas of one service database. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    @Inject
    EntityManager entityManager;

    @Inject
    @Channel("events-out")
    MutinyEmitter<String> emitter;

    @ConfigProperty(name = "followup.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "followup.outbox.ack-timeout", defaultValue = "PT30S")
    Duration ackTimeout;

    @ConfigProperty(name = "followup.outbox.retention", defaultValue = "P7D")
    Duration retention;

    private final AtomicLong pending = new AtomicLong();
    private final Counter published;
    private final Counter failed;

    @Inject
    OutboxRelay(MeterRegistry registry) {
        registry.gauge("followup.outbox.pending", pending);
        published = registry.counter("followup.outbox.published");
        failed = registry.counter("followup.outbox.publish.failures");
    }

    @Scheduled(every = "${followup.outbox.poll-interval:1s}", delayed = "${followup.outbox.initial-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishPending() {
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew()
                    .timeout((int) ackTimeout.toSeconds() + 30)
                    .call(this::publishBatch);
        } while (sent == batchSize);
    }

    /** @return how many rows were published; fewer than the batch size means nothing is left for now */
    int publishBatch() {
        boolean leader = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
        if (!leader) {
            return 0;
        }
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent> find("publishedAt is null order by id")
                .page(0, batchSize)
                .list();
        pending.set(batch.size() < batchSize ? batch.size() : OutboxEvent.count("publishedAt is null"));
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            acks.add(emitter.sendMessage(toMessage(event)).subscribeAsCompletionStage());
        }
        int done = 0;
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                event.publishedAt = Instant.now();
                done++;
            } catch (Exception e) {
                event.attempts++;
                event.lastError = String.valueOf(e.getCause() != null ? e.getCause() : e);
                failed.increment();
                if (event.attempts == 1 || event.attempts % 20 == 0) {
                    LOG.warnf("Event %s (%s) not yet published, attempt %d: %s. Retrying.", event.eventId,
                            event.eventType, event.attempts, event.lastError);
                }
            }
        }
        published.increment(done);
        pending.addAndGet(-done);
        // A failure means the broker is unavailable: stop here and let the next tick retry.
        return done == batch.size() ? done : 0;
    }

    private static Message<String> toMessage(OutboxEvent event) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String> builder()
                .withTopic(event.topic)
                .withKey(event.messageKey)
                .withHeaders(new org.apache.kafka.common.header.internals.RecordHeaders()
                        .add("event-id", event.eventId.toString().getBytes(StandardCharsets.UTF_8))
                        .add("event-type", event.eventType.getBytes(StandardCharsets.UTF_8)))
                .build();
        return Message.of(event.envelope).addMetadata(metadata);
    }

    /** Published rows are kept for a while for diagnosis, then removed. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        Instant before = Instant.now().minus(retention);
        long removed = QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.delete("publishedAt < ?1", before));
        if (removed > 0) {
            LOG.debugf("Removed %d published outbox rows older than %s", removed, retention);
        }
    }
}
