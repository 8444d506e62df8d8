package no.ehelse.followup.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes committed outbox rows to Kafka in id order and marks them published once the broker has
 * acknowledged them (acks=all, idempotent producer). Delivery is at least once; consumers drop
 * duplicates by event id.
 * <p>
 * A write's commit wakes the relay ({@link OutboxSignal}), so an event leaves within milliseconds;
 * polling every {@code followup.outbox.poll-interval} is only the fallback. Rows are read and marked in
 * short statements: no transaction or pool connection is held while acknowledgements are awaited, and
 * each acknowledgement has its own deadline, so one slow record does not fail the rest of its batch.
 * <p>
 * A row the broker can never take (larger than {@code max.request.size}, or refused for a non-retriable
 * reason {@code followup.outbox.max-attempts} times) is parked with its reason, counted and logged as an
 * error; the rows of its aggregate after it wait, so none overtakes it. A broker outage parks nothing.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Room for the record batch's and the headers' framing beside key and value. */
    private static final int RECORD_OVERHEAD = 1024;
    private static final Duration GAUGE_INTERVAL = Duration.ofSeconds(5);

    @Inject
    OutboxRows rows;

    @Inject
    OutboxSignal signal;

    @Inject
    @Channel("events-out")
    MutinyEmitter<String> emitter;

    @ConfigProperty(name = "followup.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "followup.outbox.ack-timeout", defaultValue = "PT30S")
    Duration ackTimeout;

    @ConfigProperty(name = "followup.outbox.poll-interval", defaultValue = "1s")
    Duration pollInterval;

    @ConfigProperty(name = "followup.outbox.retry-interval", defaultValue = "1s")
    Duration retryInterval;

    @ConfigProperty(name = "followup.outbox.initial-delay", defaultValue = "3s")
    Duration initialDelay;

    /** Published rows are the audit log too ({@code GET /api/v1/audit}): kept about ten years by default. */
    @ConfigProperty(name = "followup.outbox.retention", defaultValue = "P3660D")
    Duration retention;

    @ConfigProperty(name = "followup.outbox.max-attempts", defaultValue = "5")
    int maxAttempts;

    @ConfigProperty(name = "mp.messaging.outgoing.events-out.max.request.size", defaultValue = "1048576")
    int maxRequestSize;

    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong parkedRows = new AtomicLong();
    private long gaugesSampledAt = System.nanoTime() - GAUGE_INTERVAL.toNanos();
    private final Counter published;
    private final Counter failed;
    private final Counter parked;
    private ExecutorService worker;
    private volatile boolean running;

    @Inject
    OutboxRelay(MeterRegistry registry) {
        registry.gauge("followup.outbox.pending", waiting);
        registry.gauge("followup.outbox.parked.rows", parkedRows);
        published = registry.counter("followup.outbox.published");
        failed = registry.counter("followup.outbox.publish.failures");
        parked = registry.counter("followup.outbox.parked");
    }

    void start(@Observes StartupEvent event) {
        running = true;
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        worker.submit(this::run);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        worker.shutdownNow();
        signal.close();
    }

    private void run() {
        sleep(initialDelay);
        while (running && !Thread.currentThread().isInterrupted()) {
            boolean clean = true;
            try {
                if (signal.lead()) {
                    clean = publishPending();
                }
            } catch (Exception e) {
                clean = false;
                LOG.warnf("The outbox relay failed (%s); it tries again", e.toString());
            }
            // After a failure the broker is retried soon, whether or not anything new is written.
            signal.await(clean ? pollInterval : retryInterval);
        }
    }

    /** Publishes batch after batch until nothing is left; @return false when the broker failed some */
    boolean publishPending() throws Exception {
        int sent;
        do {
            sent = publishBatch();
        } while (sent == batchSize && running);
        // Counting the backlog costs a scan of it: the gauges are sampled every few seconds, not at every commit.
        if (System.nanoTime() - gaugesSampledAt >= GAUGE_INTERVAL.toNanos()) {
            waiting.set(rows.waiting());
            parkedRows.set(rows.parked());
            gaugesSampledAt = System.nanoTime();
        }
        return sent >= 0;
    }

    /** @return how many rows were handled, fewer than the batch size when nothing is left; -1 when the broker failed */
    private int publishBatch() throws Exception {
        List<OutboxRows.Pending> batch = rows.pending(batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        Set<String> held = new HashSet<>();
        List<OutboxRows.Pending> sent = new ArrayList<>(batch.size());
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        List<Long> sentAt = new ArrayList<>(batch.size());
        for (OutboxRows.Pending row : batch) {
            if (held.contains(row.topic() + '/' + row.key())) {
                continue;
            }
            int size = sizeOf(row);
            if (size > maxRequestSize - RECORD_OVERHEAD) {
                park(row, "the record is " + size + " bytes; the producer's max.request.size is " + maxRequestSize);
                held.add(row.topic() + '/' + row.key());
                continue;
            }
            sent.add(row);
            sentAt.add(System.nanoTime());
            acks.add(emitter.sendMessage(toMessage(row)).subscribeAsCompletionStage());
        }
        List<Long> done = new ArrayList<>(sent.size());
        boolean brokerFailed = false;
        for (int i = 0; i < sent.size(); i++) {
            OutboxRows.Pending row = sent.get(i);
            try {
                // Each acknowledgement has the whole timeout from its own send, not what an earlier slow one left.
                acks.get(i).get(Math.max(1, sentAt.get(i) + ackTimeout.toNanos() - System.nanoTime()), TimeUnit.NANOSECONDS);
                done.add(row.id());
            } catch (Exception e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                failed.increment();
                if (retriable(cause) || row.attempts() + 1 < maxAttempts) {
                    brokerFailed = true;
                    rows.failed(row.id(), String.valueOf(cause));
                    if (row.attempts() == 0 || (row.attempts() + 1) % 20 == 0) {
                        LOG.warnf("Event %s not yet published, attempt %d: %s. Retrying.", row.eventType(),
                                row.attempts() + 1, cause);
                    }
                } else {
                    park(row, String.valueOf(cause));
                }
            }
        }
        rows.published(done);
        published.increment(done.size());
        // A failure means the broker is unavailable or refusing: stop here and let the next round retry.
        return brokerFailed ? -1 : batch.size();
    }

    private void park(OutboxRows.Pending row, String reason) throws Exception {
        rows.park(row.id(), reason);
        parked.increment();
        LOG.errorf("Outbox row %d (%s, %s %s) is parked and will not be published: %s. Later events of the same "
                + "aggregate wait behind it; fix the cause and clear parked_at to release them.", row.id(),
                row.eventType(), row.topic(), row.key(), reason);
    }

    private static boolean retriable(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof RetriableException || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static int sizeOf(OutboxRows.Pending row) {
        int size = row.envelope().getBytes(StandardCharsets.UTF_8).length + row.key().getBytes(StandardCharsets.UTF_8).length;
        for (Map.Entry<String, String> header : row.headers().entrySet()) {
            size += header.getKey().length() + header.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        return size;
    }

    private static Message<String> toMessage(OutboxRows.Pending row) {
        RecordHeaders headers = new RecordHeaders();
        if (row.headers().isEmpty()) {
            // Rows written before the CloudEvents headers carry the original two.
            headers.add("event-id", row.eventId().toString().getBytes(StandardCharsets.UTF_8));
            headers.add("event-type", row.eventType().getBytes(StandardCharsets.UTF_8));
        }
        row.headers().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String> builder()
                .withTopic(row.topic())
                .withKey(row.key())
                .withHeaders(headers)
                .build();
        return Message.of(row.envelope()).addMetadata(metadata);
    }

    /** Published rows are kept for the retention (diagnosis and the audit log), then removed. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() throws Exception {
        long removed = rows.purgePublishedBefore(Instant.now().minus(retention));
        if (removed > 0) {
            LOG.debugf("Removed %d published outbox rows older than %s", removed, retention);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(1, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
