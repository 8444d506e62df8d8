package no.ehelse.followup.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code jti}s of the DPoP proofs this instance has accepted (RFC 9449 11.1: a proof is used
 * once). An entry is kept as long as its proof could still pass the {@code iat} window, after which
 * the window refuses the proof anyway; so the cache never grows beyond one window of requests.
 * Per instance: behind a load balancer a replay to another replica is bounded by the same window.
 */
@ApplicationScoped
public class DPoPProofReplayCache {

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final Duration retention;

    DPoPProofReplayCache(@ConfigProperty(name = "followup.security.dpop.proof-max-age", defaultValue = "60s") Duration maxAge,
            @ConfigProperty(name = "quarkus.oidc.token.lifespan-grace", defaultValue = "5") int leewaySeconds) {
        this.retention = maxAge.plus(Duration.ofSeconds(2L * leewaySeconds));
    }

    /** Records {@code jti}; false when it was seen before (a replay). */
    public boolean firstUse(String jti, Instant now) {
        // A sweep per proof: the map holds one window of proofs, small beside the request's own work.
        seen.values().removeIf(until -> until.isBefore(now));
        return seen.putIfAbsent(jti, now.plus(retention)) == null;
    }
}
