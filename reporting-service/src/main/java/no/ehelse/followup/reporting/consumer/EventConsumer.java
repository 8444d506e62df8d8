package no.ehelse.followup.reporting.consumer;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import no.ehelse.followup.events.EventEnvelope;
import no.ehelse.followup.events.Topics;

/**
 * Reads the three source topics. A record that is not a valid envelope, or whose payload breaks its
 * topic's JSON Schema, is poison: it fails, and the connector's dead-letter strategy parks it on
 * {@code reporting-dead-letter} so the consumer carries on. Any other failure (the database away for
 * a while) says nothing about the record, so it is retried, with growing pauses, until it succeeds;
 * the partition waits meanwhile, which keeps each aggregate's events in order.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    @Inject
    EventInbox inbox;

    @Inject
    EventPayloads payloads;

    @Incoming(Topics.INDICATOR_EVENTS)
    @Blocking
    public CompletionStage<Void> indicatorEvents(String record) {
        return consumeUntilApplied(Topics.INDICATOR_EVENTS, record);
    }

    @Incoming(Topics.INITIATIVE_EVENTS)
    @Blocking
    public CompletionStage<Void> initiativeEvents(String record) {
        return consumeUntilApplied(Topics.INITIATIVE_EVENTS, record);
    }

    @Incoming(Topics.ROADMAP_EVENTS)
    @Blocking
    public CompletionStage<Void> roadmapEvents(String record) {
        return consumeUntilApplied(Topics.ROADMAP_EVENTS, record);
    }

    /**
     * Completes when the record is applied, fails when it is poison, and never completes when the
     * service stops while retrying: the record is then neither acknowledged nor dead-lettered, and
     * the next start reads it again from the last committed offset.
     */
    private CompletionStage<Void> consumeUntilApplied(String topic, String record) {
        EventEnvelope event;
        try {
            event = payloads.envelope(topic, record);
        } catch (PoisonEventException e) {
            LOG.warnf("Dead-lettering a record from %s: %s", topic, e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        try {
            applyPatiently(topic, event);
            return CompletableFuture.completedFuture(null);
        } catch (PoisonEventException e) {
            LOG.warnf("Dead-lettering event %s from %s: %s", event.eventId(), topic, e.getMessage());
            return CompletableFuture.failedFuture(e);
        } catch (StoppedWhileRetrying e) {
            LOG.infof("Stopping while event %s from %s is unapplied; it is read again on the next start",
                    event.eventId(), topic);
            return new CompletableFuture<>();
        }
    }

    /**
     * Applies the event, retrying any failure that is not poison with growing pauses.
     *
     * @return what applying it did; null when it had been processed before
     * @throws PoisonEventException when the event cannot be applied, however often it is tried
     * @throws StoppedWhileRetrying when the thread is interrupted (the service stops) between attempts
     */
    ProcessedEvent.Outcome applyPatiently(String topic, EventEnvelope event) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1;; attempt++) {
            try {
                return inbox.apply(topic, event);
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Event %s from %s failed (attempt %d); retrying in %s", event.eventId(), topic, attempt, pause);
                if (!pause(pause)) {
                    throw new StoppedWhileRetrying();
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** The service is stopping while an event waits to be retried. */
    static final class StoppedWhileRetrying extends RuntimeException {
        StoppedWhileRetrying() {
            super("interrupted while waiting to retry", null, false, false);
        }
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
