package no.ehelse.followup.platform.outbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.EventEnvelope;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.time.Today;

/**
 * Records a change event in the outbox, inside the transaction that makes the change: the event
 * exists exactly when the change is committed, whatever happens to Kafka or to this process.
 * {@link OutboxRelay} publishes it afterwards.
 * <p>
 * Callers bump the aggregate's version (an UPDATE that locks the aggregate's row) before they
 * append; a second writer of the same aggregate waits for that lock, so its outbox row gets a
 * higher id and commits later. Publishing in id order therefore keeps each aggregate's events in
 * version order.
 */
@ApplicationScoped
public class EventOutbox {

    @Inject
    ObjectMapper json;

    @Inject
    CallerIdentity caller;

    @Inject
    Today today;

    @ConfigProperty(name = "followup.events.topic")
    String topic;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(String aggregateType, String aggregateId, long aggregateVersion,
            String eventType, int schemaVersion, Object payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), eventType, aggregateType, aggregateId,
                aggregateVersion, today.now(), actor(), schemaVersion, json.valueToTree(payload));
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.topic = topic;
        row.messageKey = aggregateId;
        row.eventType = eventType;
        row.envelope = write(envelope);
        row.createdAt = envelope.occurredAt();
        row.headers = CloudEventHeaders.of(envelope, service, topic);
        row.persist();
        return envelope;
    }

    /** Changes made outside a request (scheduled work, start-up) are the system's own. */
    private EventActor actor() {
        return Arc.container().requestContext().isActive() ? caller.actor() : EventActor.SYSTEM;
    }

    private String write(EventEnvelope envelope) {
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + envelope.type() + " cannot be serialised", e);
        }
    }
}
