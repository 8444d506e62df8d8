package no.ehelse.followup.reporting.consumer;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

/** A projector for a fixed set of aggregate types that fills a fixed set of view tables. */
public abstract class AggregateProjector implements Projector {

    private final Set<String> types;
    private final List<String> tables;

    @Inject
    protected EventPayloads payloads;

    protected AggregateProjector(Set<String> types, List<String> tables) {
        this.types = types;
        this.tables = tables;
    }

    @Override
    public boolean handles(String aggregateType) {
        return types.contains(aggregateType);
    }

    @Override
    public List<String> tables() {
        return tables;
    }
}
