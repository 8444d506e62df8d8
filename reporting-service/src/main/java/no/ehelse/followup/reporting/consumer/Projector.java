package no.ehelse.followup.reporting.consumer;

import java.util.List;

import no.ehelse.followup.events.EventEnvelope;

/** Applies the events of some aggregate types to the view. Runs inside the consumer's transaction. */
public interface Projector {

    boolean handles(String aggregateType);

    /** The view tables this projector fills; a rebuild empties them before replaying. */
    List<String> tables();

    /** @throws PoisonEventException when the payload cannot be read as its type's schema */
    void apply(EventEnvelope event);

    /**
     * Called once per batch, in its transaction, after its last event is applied: where a projector
     * derives what several events of the batch touch (a precomputed status) once rather than per event.
     */
    default void completeBatch() {
    }
}
