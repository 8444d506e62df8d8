package no.ehelse.followup.roadmap.deliveries;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.platform.outbox.EventOutbox;

/**
 * Publishes a change to a delivery aggregate: bumps its version and appends an event carrying its
 * full state, in the transaction of the change. The caller holds the delivery's row lock.
 */
@ApplicationScoped
public class DeliveryPublisher {

    @Inject
    DeliveryStates states;

    @Inject
    EventOutbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery publish(DeliveryEntity delivery, String eventType) {
        delivery.version++;
        delivery.persist();
        Delivery state = states.state(delivery);
        outbox.append(RoadmapEvents.DELIVERY, delivery.id, delivery.version, eventType, RoadmapEvents.SCHEMA_VERSION, state);
        return state;
    }
}
