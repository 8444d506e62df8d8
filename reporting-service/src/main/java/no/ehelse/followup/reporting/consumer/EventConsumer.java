package no.ehelse.followup.reporting.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import no.ehelse.followup.events.EventEnvelope;
import no.ehelse.followup.events.Topics;

/**
 * Reads the three source topics a batch (one poll) at a time and applies each batch in one transaction.
 * <ul>
 * <li>A failure that says nothing about the records (the view's database away, for however long) is
 * waited out with growing pauses; the partitions wait meanwhile, so nothing is lost or reordered. The
 * channels commit offsets as batches are applied ({@code commit-strategy=latest}), so no connector timeout
 * on unacknowledged records can fail a channel that is waiting on purpose.</li>
 * <li>A record that is not a valid event is parked at once; a valid one that fails otherwise is found by
 * applying the batch again record by record, and parked after a bounded number of attempts
 * ({@code followup.consumer.attempts-before-parking}). The rest of its batch is applied and the partition
 * moves on.</li>
 * </ul>
 * Metrics: {@code reporting.consumer.transient.failures} (attempts that failed on the database and were
 * retried) and, from {@link ParkingLot}, {@code reporting.events.parked}.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    /** What became of a record. */
    public enum Fate {
        APPLIED, STALE, UNKNOWN_TYPE,
        /** Its event id had been applied before. */
        DUPLICATE,
        PARKED
    }

    @Inject
    EventInbox inbox;

    @Inject
    EventPayloads payloads;

    @Inject
    ParkingLot parking;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "followup.consumer.first-pause", defaultValue = "200ms")
    Duration firstPause;

    @ConfigProperty(name = "followup.consumer.longest-pause", defaultValue = "10s")
    Duration longestPause;

    @ConfigProperty(name = "followup.consumer.attempts-before-parking", defaultValue = "5")
    int attemptsBeforeParking;

    @Incoming(Topics.INDICATOR_EVENTS)
    @Blocking
    public CompletionStage<Void> indicatorEvents(ConsumerRecords<String, String> records) {
        return consume(records);
    }

    @Incoming(Topics.INITIATIVE_EVENTS)
    @Blocking
    public CompletionStage<Void> initiativeEvents(ConsumerRecords<String, String> records) {
        return consume(records);
    }

    @Incoming(Topics.ROADMAP_EVENTS)
    @Blocking
    public CompletionStage<Void> roadmapEvents(ConsumerRecords<String, String> records) {
        return consume(records);
    }

    /**
     * Completes when every record is applied or parked, and never completes when the service stops
     * while waiting: the batch is then not acknowledged, and the next start reads it again from the last
     * committed offset.
     */
    private CompletionStage<Void> consume(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        try {
            applyAll(batch);
            return CompletableFuture.completedFuture(null);
        } catch (StoppedWhileRetrying e) {
            LOG.infof("Stopping while %d records are unapplied; they are read again on the next start", batch.size());
            return new CompletableFuture<>();
        }
    }

    /**
     * Applies the records, in order, in as few transactions as failures allow.
     *
     * @return what became of each record, in order
     * @throws StoppedWhileRetrying when the thread is interrupted (the service stops) between attempts
     */
    public List<Fate> applyAll(List<ConsumerRecord<String, String>> records) {
        return applyAll(records, false);
    }

    /** @param intoRebuild into the tables a rebuild fills rather than the view served */
    public List<Fate> applyAll(List<ConsumerRecord<String, String>> records, boolean intoRebuild) {
        Fate[] fates = new Fate[records.size()];
        List<Integer> positions = new ArrayList<>(records.size());
        List<EventInbox.Inbound> events = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> record = records.get(i);
            try {
                EventEnvelope event = payloads.envelope(record.topic(), record.value());
                events.add(new EventInbox.Inbound(record.topic(), record.partition(), event));
                positions.add(i);
            } catch (PoisonEventException e) {
                park(record, null, ParkedEvent.Kind.CONTRACT, e.getMessage(), 1);
                fates[i] = Fate.PARKED;
            }
        }
        if (!events.isEmpty()) {
            Attempt batch = applyPatiently(events, intoRebuild, "a batch of " + events.size());
            for (int i = 0; i < events.size(); i++) {
                int position = positions.get(i);
                fates[position] = batch.outcomes() != null ? fate(batch.outcomes().get(i))
                        : applyAlone(records.get(position), events.get(i), intoRebuild);
            }
        }
        return List.of(fates);
    }

    /** One record in a transaction of its own, after its batch failed for a reason that is not transient. */
    private Fate applyAlone(ConsumerRecord<String, String> record, EventInbox.Inbound inbound, boolean intoRebuild) {
        EventEnvelope event = inbound.event();
        Duration pause = firstPause;
        for (int attempt = 1;; attempt++) {
            Attempt alone = applyPatiently(List.of(inbound), intoRebuild, "event " + event.eventId());
            if (alone.outcomes() != null) {
                return fate(alone.outcomes().get(0));
            }
            if (alone.poison() || attempt >= attemptsBeforeParking) {
                park(record, event.eventId(), alone.poison() ? ParkedEvent.Kind.CONTRACT : ParkedEvent.Kind.APPLY,
                        alone.failure(), attempt);
                return Fate.PARKED;
            }
            sleep(pause);
            pause = longer(pause);
        }
    }

    /** What applying some events came to: their outcomes, or the failure that was not transient. */
    private record Attempt(List<ProcessedEvent.Outcome> outcomes, String failure, boolean poison) {
    }

    /** Applies the events in one transaction, waiting out transient failures however long they last. */
    private Attempt applyPatiently(List<EventInbox.Inbound> events, boolean intoRebuild, String what) {
        Duration pause = firstPause;
        for (int attempt = 1;; attempt++) {
            try {
                return new Attempt(inbox.apply(events, intoRebuild), null, false);
            } catch (PoisonEventException e) {
                return new Attempt(null, e.getMessage(), true);
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    String failure = Failures.describe(e);
                    LOG.warnf("Applying %s failed: %s", what, failure);
                    return new Attempt(null, failure, false);
                }
                metrics.counter("reporting.consumer.transient.failures").increment();
                LOG.warnf("Applying %s failed on the database (attempt %d); retrying in %s: %s", what, attempt, pause,
                        Failures.describe(e));
                sleep(pause);
                pause = longer(pause);
            }
        }
    }

    /** Parks the record, retrying until the database and the broker take it: its fate is decided. */
    private void park(ConsumerRecord<String, String> record, UUID eventId, ParkedEvent.Kind kind,
            String reason, int attempts) {
        Duration pause = firstPause;
        while (true) {
            try {
                parking.park(record, eventId, kind, reason, attempts);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Parking record %s-%d@%d failed; retrying in %s: %s", record.topic(), record.partition(),
                        record.offset(), pause, Failures.describe(e));
                sleep(pause);
                pause = longer(pause);
            }
        }
    }

    private static Fate fate(ProcessedEvent.Outcome outcome) {
        return outcome == null ? Fate.DUPLICATE : Fate.valueOf(outcome.name());
    }

    private Duration longer(Duration pause) {
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(longestPause) > 0 ? longestPause : doubled;
    }

    /** The service is stopping while records wait to be retried. */
    static final class StoppedWhileRetrying extends RuntimeException {
        StoppedWhileRetrying() {
            super("interrupted while waiting to retry", null, false, false);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoppedWhileRetrying();
        }
    }
}
