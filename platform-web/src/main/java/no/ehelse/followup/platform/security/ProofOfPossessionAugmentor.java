package no.ehelse.followup.platform.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * What RFC 9449 asks of a resource server beyond the checks Quarkus OIDC makes on a DPoP proof:
 * the proof is fresh ({@code iat} within {@code followup.security.dpop.proof-max-age}, at most the
 * clock leeway ahead) and used once ({@code jti}), and a DPoP-bound token ({@code cnf.jkt}) is never
 * accepted as a plain Bearer token, since whoever holds a copy of it could then use it.
 */
@ApplicationScoped
public class ProofOfPossessionAugmentor implements SecurityIdentityAugmentor {

    /** Where Quarkus OIDC leaves the proof's claims once it has validated them. */
    static final String PROOF_CLAIMS = "dpop_proof_jwt_claims";

    private final DPoPProofReplayCache replays;
    private final Duration maxAge;
    private final Duration leeway;

    ProofOfPossessionAugmentor(DPoPProofReplayCache replays,
            @ConfigProperty(name = "followup.security.dpop.proof-max-age", defaultValue = "60s") Duration maxAge,
            @ConfigProperty(name = "quarkus.oidc.token.lifespan-grace", defaultValue = "5") int leewaySeconds) {
        this.replays = replays;
        this.maxAge = maxAge;
        this.leeway = Duration.ofSeconds(leewaySeconds);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(identity);
        String refusal = request != null ? refusal(token, request, Instant.now())
                : token.containsClaim("cnf") ? "A sender-constrained access token needs its proof" : null;
        return refusal == null ? Uni.createFrom().item(identity)
                : Uni.createFrom().failure(new AuthenticationFailedException(refusal));
    }

    private String refusal(JsonWebToken token, RoutingContext request, Instant now) {
        if (!DPoPTenantResolver.isDPoP(request.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            return token.containsClaim("cnf") ? "A sender-constrained (cnf) access token must be sent with the DPoP scheme and a proof"
                    : null;
        }
        JsonObject proof = request.get(PROOF_CLAIMS);
        if (proof == null) {
            return "The DPoP proof is missing";
        }
        if (!(proof.getValue("iat") instanceof Number issuedAt)) {
            return "The DPoP proof has no numeric iat";
        }
        Instant iat = Instant.ofEpochSecond(issuedAt.longValue());
        if (iat.isAfter(now.plus(leeway)) || iat.isBefore(now.minus(maxAge).minus(leeway))) {
            return "The DPoP proof was not issued within the last " + maxAge.toSeconds() + " seconds";
        }
        if (!(proof.getValue("jti") instanceof String jti) || jti.isBlank()) {
            return "The DPoP proof has no jti";
        }
        return replays.firstUse(jti, now) ? null : "The DPoP proof has been used before";
    }
}
