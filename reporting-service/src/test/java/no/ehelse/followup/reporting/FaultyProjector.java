package no.ehelse.followup.reporting;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import no.ehelse.followup.events.EventEnvelope;
import no.ehelse.followup.reporting.consumer.Projector;

/**
 * A projector with a bug that a test switches on and off, for events of the aggregate type
 * {@value #AGGREGATE_TYPE} (which no topic's schema defines, so such events keep the contract).
 */
@ApplicationScoped
public class FaultyProjector implements Projector {

    static final String AGGREGATE_TYPE = "test-fault";
    static volatile boolean broken;
    static final Set<UUID> APPLIED = ConcurrentHashMap.newKeySet();

    @Override
    public boolean handles(String aggregateType) {
        return AGGREGATE_TYPE.equals(aggregateType);
    }

    @Override
    public List<String> tables() {
        return List.of();
    }

    @Override
    public void apply(EventEnvelope event) {
        if (broken) {
            throw new IllegalStateException("the projector has a bug");
        }
        APPLIED.add(event.eventId());
    }
}
