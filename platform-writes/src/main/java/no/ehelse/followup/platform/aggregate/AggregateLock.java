package no.ehelse.followup.platform.aggregate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Serialises the writers of one aggregate, whether or not its row exists yet. A row lock
 * ({@code SELECT … FOR UPDATE}) cannot do that for a first definition: two concurrent first PUTs of
 * one id would both find nothing and collide on the primary key at commit. A transaction-scoped
 * PostgreSQL advisory lock on (aggregate type, id) makes the second wait; under READ COMMITTED its
 * next statement then sees the first one's committed row, so it answers UNCHANGED or UPDATED.
 * <p>
 * The two-key form lives in a key space of its own, apart from the outbox relay's one-key lock.
 * Hash collisions only make two unrelated writers wait for each other, never wrong.
 * <p>
 * {@link #lockShared} is the other half of a shared/exclusive pair on the same key: many writers of
 * an aggregate's parts (the series of one indicator) may hold it together, while {@link #lock} on
 * the aggregate itself (changing or retiring it) waits for them all and excludes them.
 */
@ApplicationScoped
public class AggregateLock {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String aggregateType, String id) {
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock(hashtext(?1), hashtext(?2)) as text)")
                .setParameter(1, aggregateType)
                .setParameter(2, id)
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lockShared(String aggregateType, String id) {
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock_shared(hashtext(?1), hashtext(?2)) as text)")
                .setParameter(1, aggregateType)
                .setParameter(2, id)
                .getSingleResult();
    }
}
