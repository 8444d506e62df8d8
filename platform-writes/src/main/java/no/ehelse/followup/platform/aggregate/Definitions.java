package no.ehelse.followup.platform.aggregate;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.ehelse.followup.platform.web.WriteOutcome;

/**
 * The one way an aggregate is defined by id (PUT): lock the id, find the aggregate, and compare the
 * definition asked for with the one it has by value equality — a definition is a record, so a field
 * added to it takes part in the comparison without anyone remembering to. The caller applies a
 * CREATED or UPDATED definition, bumps the version and appends its event; UNCHANGED writes nothing.
 */
@ApplicationScoped
public class Definitions {

    /** The aggregate to write, and whether it is new, changed or already as asked. */
    public record Upsert<E>(E aggregate, WriteOutcome outcome) {

        public boolean unchanged() {
            return outcome == WriteOutcome.UNCHANGED;
        }

        public boolean created() {
            return outcome == WriteOutcome.CREATED;
        }
    }

    @Inject
    AggregateLock lock;

    /**
     * @param find       the aggregate, or null when the id is new (called with the lock held)
     * @param create     a new aggregate with its id set
     * @param definition the definition an existing aggregate has
     * @param wanted     the definition asked for
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E, D> Upsert<E> upsert(String aggregateType, String id, Supplier<E> find, Supplier<E> create,
            Function<E, D> definition, D wanted) {
        lock.lock(aggregateType, id);
        E aggregate = find.get();
        if (aggregate == null) {
            return new Upsert<>(create.get(), WriteOutcome.CREATED);
        }
        return new Upsert<>(aggregate, wanted.equals(definition.apply(aggregate)) ? WriteOutcome.UNCHANGED
                : WriteOutcome.UPDATED);
    }
}
