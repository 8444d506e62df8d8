package no.ehelse.followup.reporting.consumer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What a projector notes while applying the events of one batch, kept with the batch's transaction:
 * the consumer's channels and a rebuild apply batches concurrently through the same projectors.
 */
@ApplicationScoped
public class BatchScope {

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** The ids noted under {@code key} in the current transaction, in the order first noted; created on first use. */
    @SuppressWarnings("unchecked")
    public Set<String> ids(Object key) {
        Set<String> ids = (Set<String>) transaction.getResource(key);
        if (ids == null) {
            ids = new LinkedHashSet<>();
            transaction.putResource(key, ids);
        }
        return ids;
    }

    /** The values noted under {@code key} in the current transaction, by their own key, in the order first noted. */
    @SuppressWarnings("unchecked")
    public <K, V> Map<K, V> values(Object key) {
        Map<K, V> values = (Map<K, V>) transaction.getResource(key);
        if (values == null) {
            values = new LinkedHashMap<>();
            transaction.putResource(key, values);
        }
        return values;
    }
}
