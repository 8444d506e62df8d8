package no.ehelse.followup.reporting.consumer;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.smallrye.common.annotation.Blocking;
import no.ehelse.followup.contract.event.EventEnvelope;
import no.ehelse.followup.contract.event.Topics;

/**
 * Reads the three source topics. A record that is not a valid envelope, or whose payload breaks its
 * schema, is poison: it fails, and the connector's dead-letter strategy parks it on
 * {@code reporting-dead-letter} so the consumer carries on. Other failures (the database away for
 * a moment) are retried first.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final int ATTEMPTS = 5;

    @Inject
    EventInbox inbox;

    @Inject
    EventPayloads payloads;

    @Incoming(Topics.INDICATOR_EVENTS)
    @Blocking
    public void indicatorEvents(String record) {
        consume(Topics.INDICATOR_EVENTS, record);
    }

    @Incoming(Topics.INITIATIVE_EVENTS)
    @Blocking
    public void initiativeEvents(String record) {
        consume(Topics.INITIATIVE_EVENTS, record);
    }

    @Incoming(Topics.ROADMAP_EVENTS)
    @Blocking
    public void roadmapEvents(String record) {
        consume(Topics.ROADMAP_EVENTS, record);
    }

    /** @return what applying the record did; null when its event had been processed before */
    ProcessedEvent.Outcome consume(String topic, String record) {
        EventEnvelope event = parse(record);
        for (int attempt = 1;; attempt++) {
            try {
                return inbox.apply(topic, event);
            } catch (PoisonEventException e) {
                LOG.warnf("Dead-lettering event %s from %s: %s", event.eventId(), topic, e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    LOG.errorf(e, "Event %s from %s failed %d times; dead-lettering it", event.eventId(), topic, attempt);
                    throw e;
                }
                sleep(Duration.ofMillis(200L << attempt));
            }
        }
    }

    private EventEnvelope parse(String record) {
        EventEnvelope event;
        try {
            event = payloads.envelope(record);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("not an event envelope: " + e.getMessage(), e);
        }
        if (event == null || event.eventId() == null || event.aggregateType() == null || event.aggregateId() == null
                || event.type() == null || event.occurredAt() == null || event.payload() == null) {
            throw new PoisonEventException("envelope lacks eventId, type, aggregate, occurredAt or payload", null);
        }
        return event;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
