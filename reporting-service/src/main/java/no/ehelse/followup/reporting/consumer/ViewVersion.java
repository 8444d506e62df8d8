package no.ehelse.followup.reporting.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Which state of the view is committed, drawn from the per-partition freshness rows: the consumer (and a
 * parked record's replay, and a rebuild) writes them in the same transaction as each batch it applies,
 * so the version changes exactly when the view does, on every replica, without a row that all of them
 * write. The number of events applied only grows between rebuilds, and the time of the last batch tells
 * the states before and after a rebuild apart.
 */
@ApplicationScoped
public class ViewVersion {

    @Inject
    EntityManager entityManager;

    /** One statement on a handful of rows. */
    public String current() {
        return (String) entityManager.createNativeQuery("""
                select count(*) || ':' || coalesce(sum(events_applied), 0) || ':' || coalesce(max(last_applied_at)::text, '-')
                from partition_freshness""").getSingleResult();
    }
}
