package no.ehelse.followup.webhook.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import no.ehelse.followup.events.Topics;
import no.ehelse.followup.events.indicator.IndicatorEvents;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.webhook.deliveries.DeliveryStatus;
import no.ehelse.followup.webhook.subscriptions.SubscriptionEntity;

/**
 * Turns the three topics' events into the deliveries they owe: each batch's deliveries are stored in one
 * transaction before its offsets are committed, so none is lost, and a replayed event owes nothing new
 * (one delivery per subscription and event). A subscription receives the events that occur from its
 * creation on. A failure (the database away) is waited out with growing pauses; the partitions wait.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    @Incoming(Topics.INDICATOR_EVENTS)
    @Blocking
    public CompletionStage<Void> indicatorEvents(ConsumerRecords<String, String> records) {
        return take(records);
    }

    @Incoming(Topics.INITIATIVE_EVENTS)
    @Blocking
    public CompletionStage<Void> initiativeEvents(ConsumerRecords<String, String> records) {
        return take(records);
    }

    @Incoming(Topics.ROADMAP_EVENTS)
    @Blocking
    public CompletionStage<Void> roadmapEvents(ConsumerRecords<String, String> records) {
        return take(records);
    }

    private CompletionStage<Void> take(ConsumerRecords<String, String> records) {
        List<Inbound> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(new Inbound(json.readTree(record.value()), record.value()));
            } catch (JsonProcessingException e) {
                // reporting-service parks what breaks the contract; here it only owes nobody anything.
                metrics.counter("followup.webhooks.events.unreadable").increment();
                LOG.warnf("Not an event at %s-%d@%d; skipped", record.topic(), record.partition(), record.offset());
            }
        }
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> owe(events));
                return CompletableFuture.completedFuture(null);
            } catch (RuntimeException e) {
                LOG.warnf("Storing the deliveries of %d events failed (%s); trying again in %s", events.size(), e, pause);
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    // Not acknowledged: the next start reads the batch again.
                    return new CompletableFuture<>();
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** An event, and its envelope as published, which is the delivery's body byte for byte. */
    private record Inbound(JsonNode event, String envelope) {
    }

    private void owe(List<Inbound> events) {
        List<SubscriptionEntity> subscriptions = SubscriptionEntity.list("removedAt is null");
        for (Inbound inbound : events) {
            JsonNode event = inbound.event();
            learnGoal(event);
            EventFacts facts = EventFacts.of(event, this::goalOf);
            Instant occurredAt = Instant.parse(event.path("occurredAt").asText());
            for (SubscriptionEntity subscription : subscriptions) {
                if (!subscription.createdAt.isAfter(occurredAt) && subscription.filter().matches(facts)) {
                    entityManager.createNativeQuery("""
                            insert into delivery (id, subscription_id, event_id, event_type, aggregate_id, body, status,
                                                  attempts, next_attempt_at, created_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, now(), now())
                            on conflict (subscription_id, event_id) do nothing""")
                            .setParameter(1, UUID.randomUUID())
                            .setParameter(2, subscription.id)
                            .setParameter(3, UUID.fromString(event.path("eventId").asText()))
                            .setParameter(4, facts.type())
                            .setParameter(5, event.path("aggregateId").asText())
                            .setParameter(6, inbound.envelope())
                            .setParameter(7, DeliveryStatus.PENDING.name())
                            .executeUpdate();
                }
            }
        }
    }

    /** Indicators, initiatives and sub-goals name their goal; their dependants' events are matched through it. */
    private void learnGoal(JsonNode event) {
        String type = event.path("aggregateType").asText();
        JsonNode goal = event.path("payload").path("goalId");
        if (goal.isTextual() && (IndicatorEvents.INDICATOR.equals(type) || InitiativeEvents.INITIATIVE.equals(type)
                || RoadmapEvents.SUB_GOAL.equals(type))) {
            entityManager.createNativeQuery("""
                    insert into aggregate_goal (aggregate_type, aggregate_id, goal_id) values (?1, ?2, ?3)
                    on conflict (aggregate_type, aggregate_id) do update set goal_id = excluded.goal_id""")
                    .setParameter(1, type)
                    .setParameter(2, event.path("aggregateId").asText())
                    .setParameter(3, goal.asText())
                    .executeUpdate();
        }
    }

    private String goalOf(String aggregateType, String aggregateId) {
        List<?> goal = entityManager.createNativeQuery(
                "select goal_id from aggregate_goal where aggregate_type = ?1 and aggregate_id = ?2")
                .setParameter(1, aggregateType)
                .setParameter(2, aggregateId)
                .getResultList();
        return goal.isEmpty() ? null : (String) goal.get(0);
    }
}
