package no.ehelse.followup.webhook.deliveries;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import no.ehelse.followup.webhook.subscriptions.SubscriptionCatalog;
import no.ehelse.followup.webhook.subscriptions.SubscriptionEntity;

/**
 * Sends the deliveries that are due. Each is leased first (a short transaction, {@code FOR UPDATE SKIP
 * LOCKED}), so replicas share the work and never send one twice at once; the HTTP call runs outside any
 * transaction, and its outcome is recorded in another short one: an attempt row, and either delivered,
 * or pending until the schedule's next pause, or failed when the schedule is spent.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final int BATCH = 20;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry metrics;

    @Inject
    SubscriptionCatalog subscriptions;

    @ConfigProperty(name = "followup.webhooks.timeout")
    Duration timeout;

    @ConfigProperty(name = "followup.webhooks.lease")
    Duration lease;

    @ConfigProperty(name = "followup.webhooks.retry-schedule")
    List<Duration> pauses;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Scheduled(every = "${followup.webhooks.dispatch-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        List<UUID> due;
        do {
            due = QuarkusTransaction.requiringNew().call(this::lease);
            due.forEach(this::attempt);
        } while (due.size() == BATCH);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> lease() {
        return entityManager.createNativeQuery("""
                update delivery set leased_until = now() + cast(?1 as interval)
                where id in (select id from delivery
                             where status = 'PENDING' and next_attempt_at <= now()
                               and (leased_until is null or leased_until < now())
                             order by next_attempt_at
                             limit ?2
                             for update skip locked)
                returning id""", UUID.class)
                .setParameter(1, lease.toMillis() + " milliseconds")
                .setParameter(2, BATCH)
                .getResultList();
    }

    private void attempt(UUID id) {
        record Target(DeliveryEntity delivery, SubscriptionEntity subscription) {
        }
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            DeliveryEntity delivery = DeliveryEntity.findById(id);
            return new Target(delivery, SubscriptionEntity.findById(delivery.subscriptionId));
        });
        Instant started = Instant.now();
        Integer statusCode = null;
        String error = null;
        if (target.subscription().removedAt != null) {
            error = "the subscription has ended";
        } else {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.subscription().endpoint))
                        .timeout(timeout)
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "ehelse-followup-webhooks/1")
                        .POST(HttpRequest.BodyPublishers.ofString(target.delivery().body));
                DeliverySigner.headers(subscriptions.signingSecrets(target.subscription()), target.delivery().eventId.toString(),
                        started.getEpochSecond(), target.delivery().body).forEach(request::header);
                statusCode = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            } catch (Exception e) {
                error = e.toString();
            }
        }
        record(id, started, statusCode, error, target.subscription().removedAt != null);
    }

    private void record(UUID id, Instant started, Integer statusCode, String error, boolean ended) {
        long duration = Duration.between(started, Instant.now()).toMillis();
        boolean delivered = statusCode != null && statusCode / 100 == 2;
        QuarkusTransaction.requiringNew().run(() -> {
            DeliveryEntity delivery = DeliveryEntity.findById(id);
            delivery.attempts++;
            DeliveryAttemptEntity attempt = new DeliveryAttemptEntity();
            attempt.deliveryId = id;
            attempt.number = delivery.attempts;
            attempt.attemptedAt = started;
            attempt.statusCode = statusCode;
            attempt.error = error;
            attempt.durationMs = duration;
            attempt.persist();
            delivery.leasedUntil = null;
            if (delivered) {
                delivery.status = DeliveryStatus.DELIVERED;
                delivery.deliveredAt = Instant.now();
                delivery.nextAttemptAt = null;
            } else {
                Optional<Duration> pause = ended ? Optional.empty() : new RetrySchedule(pauses).after(delivery.attempts);
                delivery.status = pause.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
                delivery.nextAttemptAt = pause.map(Instant.now()::plus).orElse(null);
                if (pause.isEmpty()) {
                    LOG.warnf("Webhook delivery %s of event %s failed for good after %d attempts: %s", id,
                            delivery.eventId, delivery.attempts, statusCode != null ? "HTTP " + statusCode : error);
                }
            }
        });
        metrics.counter("followup.webhooks.attempts", "outcome", delivered ? "delivered" : "failed").increment();
    }
}
