package no.ehelse.followup.platform.idempotency;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Forgets stored responses to {@code Idempotency-Key} writes once a re-send is no longer expected
 * ({@code followup.idempotency.retention}, default 24 hours); after that the same key is a new request.
 */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "followup.idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void purgeExpired() {
        Instant before = Instant.now().minus(retention);
        int removed = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, before).executeUpdate());
        if (removed > 0) {
            LOG.debugf("Forgot %d Idempotency-Key responses older than %s", removed, retention);
        }
    }
}
