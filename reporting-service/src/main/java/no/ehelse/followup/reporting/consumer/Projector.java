package no.ehelse.followup.reporting.consumer;

import no.ehelse.followup.events.EventEnvelope;

/** Applies the events of some aggregate types to the view. Runs inside the consumer's transaction. */
public interface Projector {

    boolean handles(String aggregateType);

    /** The view tables this projector fills; a rebuild empties them before replaying. */
    java.util.List<String> tables();

    /** @throws PoisonEventException when the payload cannot be read as its type's schema */
    void apply(EventEnvelope event);
}
