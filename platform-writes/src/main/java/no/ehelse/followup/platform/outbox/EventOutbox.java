package no.ehelse.followup.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.EventEnvelope;
import no.ehelse.followup.platform.jdbc.CopyRows;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.time.Today;

/**
 * Records change events in the outbox, inside the transaction that makes the change: an event
 * exists exactly when its change is committed, whatever happens to Kafka or to this process.
 * {@link OutboxRelay} publishes it afterwards.
 * <p>
 * Callers bump the aggregate's version (an UPDATE that locks the aggregate's row), or hold a lock
 * that serialises the aggregate's writers, before they append; a second writer of the same
 * aggregate waits for that lock, so its outbox row gets a higher id and commits later. Publishing
 * in id order therefore keeps each aggregate's events in version order. That is why the id is
 * assigned by the database as the row is inserted, not allocated ahead in blocks: a block
 * allocated earlier by another instance could give a later event a lower id.
 * <p>
 * Rows are written with one {@code COPY} per append ({@link CopyRows}), so an import appends a chunk's
 * events at the database's bulk-load speed.
 */
@ApplicationScoped
public class EventOutbox {

    /** An event to append: the change of one aggregate to one version. */
    public record Draft(String aggregateType, String aggregateId, long aggregateVersion, String eventType,
            int schemaVersion, Object payload) {
    }

    /** The envelope as published, and beside it what the audit log filters on (AuditLog). */
    private static final List<String> COLUMNS = List.of("event_id", "topic", "message_key", "event_type", "envelope",
            "created_at", "headers", "aggregate_type", "aggregate_id", "aggregate_version", "actor_organisation",
            "actor_client");

    @Inject
    ObjectMapper json;

    @Inject
    CallerIdentity caller;

    @Inject
    Today today;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "followup.events.topic")
    String topic;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(String aggregateType, String aggregateId, long aggregateVersion,
            String eventType, int schemaVersion, Object payload) {
        return appendAll(actor(), List.of(new Draft(aggregateType, aggregateId, aggregateVersion, eventType,
                schemaVersion, payload))).get(0);
    }

    /**
     * Appends events in the order given, all by {@code actor} (work done later for a caller, such as an
     * asynchronous import, names the caller it was submitted by).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> appendAll(EventActor actor, List<Draft> drafts) {
        List<EventEnvelope> envelopes = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            envelopes.add(new EventEnvelope(UUID.randomUUID(), draft.eventType(), draft.aggregateType(),
                    draft.aggregateId(), draft.aggregateVersion(), today.now(), actor, draft.schemaVersion(),
                    json.valueToTree(draft.payload())));
        }
        if (envelopes.isEmpty()) {
            return envelopes;
        }
        // The changes the events describe reach the database first (and take their row locks) before the events.
        entityManager.flush();
        CopyRows rows = new CopyRows("outbox_event", COLUMNS);
        for (EventEnvelope envelope : envelopes) {
            rows.row(envelope.eventId(), topic, envelope.aggregateId(), envelope.type(), write(envelope),
                    envelope.occurredAt(), write(CloudEventHeaders.of(envelope, service, topic)), envelope.aggregateType(),
                    envelope.aggregateId(), envelope.aggregateVersion(), envelope.actor().organisation(),
                    envelope.actor().client());
        }
        entityManager.unwrap(Session.class).doWork(rows::copyInto);
        return envelopes;
    }

    /** Changes made outside a request (scheduled work, start-up) are the system's own. */
    private EventActor actor() {
        return Arc.container().requestContext().isActive() ? caller.actor() : EventActor.SYSTEM;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbox row cannot be serialised", e);
        }
    }
}
