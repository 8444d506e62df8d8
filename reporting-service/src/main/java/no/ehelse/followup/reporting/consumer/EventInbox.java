package no.ehelse.followup.reporting.consumer;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import no.ehelse.followup.events.EventEnvelope;

/**
 * Applies each event to the view at most once: the event id is stored in the same transaction as
 * the view change, so a duplicate or a replay finds it and changes nothing. An event older than the
 * version the view already has of its aggregate is skipped: payloads carry the aggregate's whole
 * state, so the newer event already says everything.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    @Inject
    Instance<Projector> projectors;

    @Transactional
    public ProcessedEvent.Outcome apply(String topic, EventEnvelope event) {
        if (ProcessedEvent.findById(event.eventId()) != null) {
            return null;
        }
        ProcessedEvent.Outcome outcome = applyNew(event);
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = event.eventId();
        processed.topic = topic;
        processed.aggregateType = event.aggregateType();
        processed.aggregateId = event.aggregateId();
        processed.aggregateVersion = event.aggregateVersion();
        processed.outcome = outcome;
        processed.processedAt = Instant.now();
        processed.persist();
        touch(topic, event);
        return outcome;
    }

    private ProcessedEvent.Outcome applyNew(EventEnvelope event) {
        Projector projector = projectors.stream().filter(p -> p.handles(event.aggregateType())).findFirst().orElse(null);
        if (projector == null) {
            LOG.debugf("No projection for aggregate type %s (event %s); recorded and skipped", event.aggregateType(),
                    event.eventId());
            return ProcessedEvent.Outcome.UNKNOWN_TYPE;
        }
        AggregateVersion.Key key = new AggregateVersion.Key(event.aggregateType(), event.aggregateId());
        AggregateVersion seen = AggregateVersion.findById(key, LockModeType.PESSIMISTIC_WRITE);
        if (seen != null && seen.version >= event.aggregateVersion()) {
            return ProcessedEvent.Outcome.STALE;
        }
        projector.apply(event);
        if (seen == null) {
            seen = new AggregateVersion();
            seen.key = key;
        }
        seen.version = event.aggregateVersion();
        seen.persist();
        return ProcessedEvent.Outcome.APPLIED;
    }

    private static void touch(String topic, EventEnvelope event) {
        TopicFreshness freshness = TopicFreshness.findById(topic, LockModeType.PESSIMISTIC_WRITE);
        if (freshness == null) {
            freshness = new TopicFreshness();
            freshness.topic = topic;
            freshness.lastOccurredAt = event.occurredAt();
        }
        if (event.occurredAt().isAfter(freshness.lastOccurredAt)) {
            freshness.lastOccurredAt = event.occurredAt();
        }
        freshness.lastAppliedAt = Instant.now();
        freshness.eventsApplied++;
        freshness.persist();
    }
}
