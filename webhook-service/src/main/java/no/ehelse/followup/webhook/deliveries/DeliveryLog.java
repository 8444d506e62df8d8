package no.ehelse.followup.webhook.deliveries;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.webhook.subscriptions.SubscriptionCatalog;

/** The deliveries of the caller's subscriptions with their attempts, and redelivery on request. */
@ApplicationScoped
public class DeliveryLog {

    @Inject
    SubscriptionCatalog subscriptions;

    @Inject
    Today today;

    public List<Delivery> ofSubscription(UUID subscriptionId, int page, int size) {
        subscriptions.visible(subscriptionId);
        List<DeliveryEntity> deliveries = DeliveryEntity.find("subscriptionId = ?1 order by createdAt desc, id", subscriptionId)
                .page(Page.of(page, size)).list();
        return deliveries.stream().map(this::view).toList();
    }

    public Delivery get(UUID id) {
        return view(visible(id));
    }

    /** Due at once, whatever its status; when its schedule is spent, one attempt is made. */
    @Transactional
    public Delivery redeliver(UUID id) {
        DeliveryEntity delivery = visible(id);
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = today.now();
        return view(delivery);
    }

    private DeliveryEntity visible(UUID id) {
        DeliveryEntity delivery = DeliveryEntity.findById(id);
        if (delivery == null) {
            throw ProblemException.notFound("delivery " + id);
        }
        subscriptions.visible(delivery.subscriptionId);
        return delivery;
    }

    private Delivery view(DeliveryEntity delivery) {
        List<DeliveryAttemptEntity> attempts = DeliveryAttemptEntity.list("deliveryId = ?1 order by number", delivery.id);
        return new Delivery(delivery.id, delivery.subscriptionId, delivery.eventId, delivery.eventType, delivery.aggregateId,
                delivery.status, delivery.nextAttemptAt, delivery.createdAt, delivery.deliveredAt,
                attempts.stream().map(a -> new Delivery.Attempt(a.number, a.attemptedAt, a.statusCode, a.error, a.durationMs))
                        .toList());
    }
}
