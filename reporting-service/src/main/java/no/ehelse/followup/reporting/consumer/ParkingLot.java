package no.ehelse.followup.reporting.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import no.ehelse.followup.events.EventEnvelope;
import no.ehelse.followup.platform.problem.ProblemException;

/**
 * Where the consumer sets aside a record it cannot apply, so that its partition moves on: published on
 * {@code reporting-dead-letter} with the reason in its headers (the header names of SmallRye's own
 * dead-letter strategy), kept as a work list for the operators, counted in the metric
 * {@code reporting.events.parked}, and replayed through the same apply path once the cause is fixed.
 */
@ApplicationScoped
public class ParkingLot {

    private static final Logger LOG = Logger.getLogger(ParkingLot.class);

    @Schema(name = "ParkedEvent", description = "A record the consumer could not apply and set aside")
    public record Parked(UUID id,
            @Schema(description = "The topic, partition and offset it was read from") String topic, int partition,
            long offset, String key,
            @Schema(description = "The event id, when the record is an envelope at all") UUID eventId,
            @Schema(description = "CONTRACT: not a valid event; APPLY: a valid event that failed on every attempt")
            ParkedEvent.Kind kind,
            @Schema(description = "Why it failed: the last attempt's innermost error") String reason, int attempts,
            Instant parkedAt,
            @Schema(description = "When a replay applied it; null while it is parked") Instant replayedAt,
            @Schema(description = "What the replay did: APPLIED, STALE (the view had a newer version), UNKNOWN_TYPE "
                    + "or DUPLICATE") String replayOutcome) {

        static Parked of(ParkedEvent parked) {
            return new Parked(parked.id, parked.sourceTopic, parked.sourcePartition, parked.sourceOffset,
                    parked.recordKey, parked.eventId, parked.kind, parked.reason, parked.attempts, parked.parkedAt,
                    parked.replayedAt, parked.replayOutcome);
        }
    }

    @Inject
    @Channel("parked-events")
    MutinyEmitter<String> topic;

    @Inject
    MeterRegistry metrics;

    @Inject
    EventPayloads payloads;

    @Inject
    EventInbox inbox;

    /**
     * Parks the record once: a record parked before (read again after a restart, or by a rebuild) is left
     * as it is. The publication is awaited, so the caller may acknowledge the record afterwards.
     *
     * @throws RuntimeException when the database or the broker fails; the caller tries again
     */
    void park(ConsumerRecord<String, String> record, UUID eventId, ParkedEvent.Kind kind, String reason, int attempts) {
        boolean parkedBefore = QuarkusTransaction.requiringNew().call(() -> ParkedEvent.count(
                "sourceTopic = ?1 and sourcePartition = ?2 and sourceOffset = ?3", record.topic(), record.partition(),
                record.offset()) > 0);
        if (parkedBefore) {
            return;
        }
        UUID id = UUID.randomUUID();
        RecordHeaders headers = new RecordHeaders();
        header(headers, "dead-letter-reason", reason);
        header(headers, "dead-letter-kind", kind.name());
        header(headers, "dead-letter-attempts", Integer.toString(attempts));
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", Integer.toString(record.partition()));
        header(headers, "dead-letter-offset", Long.toString(record.offset()));
        header(headers, "parked-id", id.toString());
        topic.sendMessageAndAwait(Message.of(record.value() == null ? "" : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String> builder().withKey(record.key()).withHeaders(headers)
                        .build()));
        QuarkusTransaction.requiringNew().run(() -> {
            ParkedEvent parked = new ParkedEvent();
            parked.id = id;
            parked.sourceTopic = record.topic();
            parked.sourcePartition = record.partition();
            parked.sourceOffset = record.offset();
            parked.recordKey = record.key();
            parked.recordValue = record.value();
            parked.eventId = eventId;
            parked.kind = kind;
            parked.reason = reason;
            parked.attempts = attempts;
            parked.parkedAt = Instant.now();
            parked.persist();
        });
        metrics.counter("reporting.events.parked", "topic", record.topic(), "kind", kind.name()).increment();
        LOG.warnf("Parked %s record %s-%d@%d (event %s) after %d attempt(s): %s", kind, record.topic(), record.partition(),
                record.offset(), eventId, attempts, reason);
    }

    /** @return parked records, newest first; only those not replayed yet when {@code pending} */
    public List<Parked> list(boolean pending, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> (pending
                ? ParkedEvent.<ParkedEvent> find("replayedAt is null", Sort.descending("parkedAt"))
                : ParkedEvent.<ParkedEvent> findAll(Sort.descending("parkedAt")))
                .page(0, limit).list().stream().map(Parked::of).toList());
    }

    /**
     * Applies a parked record again, as the consumer would (idempotent: an event applied meanwhile is a
     * DUPLICATE, one the view has a newer version of is STALE).
     *
     * @throws ProblemException 404 for an unknown id, 409 when the record still fails; it stays parked
     */
    public Parked replay(UUID id) {
        ParkedEvent parked = QuarkusTransaction.requiringNew().call(() -> ParkedEvent.<ParkedEvent> findById(id));
        if (parked == null) {
            throw ProblemException.notFound("Parked event " + id);
        }
        String outcome;
        try {
            EventEnvelope event = payloads.envelope(parked.sourceTopic, parked.recordValue);
            ProcessedEvent.Outcome applied = inbox
                    .apply(List.of(new EventInbox.Inbound(parked.sourceTopic, parked.sourcePartition, event))).get(0);
            outcome = applied == null ? "DUPLICATE" : applied.name();
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                throw e;
            }
            String reason = e instanceof PoisonEventException ? e.getMessage() : Failures.describe(e);
            QuarkusTransaction.requiringNew().run(() -> {
                ParkedEvent failed = ParkedEvent.findById(id);
                failed.attempts++;
                failed.reason = reason;
            });
            throw ProblemException.conflict("Parked event " + id + " still fails: " + reason);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            ParkedEvent replayed = ParkedEvent.findById(id);
            replayed.replayedAt = Instant.now();
            replayed.replayOutcome = outcome;
            LOG.infof("Replayed parked record %s-%d@%d: %s", replayed.sourceTopic, replayed.sourcePartition,
                    replayed.sourceOffset, outcome);
            return Parked.of(replayed);
        });
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
