package no.ehelse.followup.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Picks the OIDC tenant by the request's authorization scheme: {@code DPoP} goes to the
 * {@value #DPOP_TENANT} tenant, which Quarkus configures with {@code token.authorization-scheme=DPoP}
 * and so validates the proof (RFC 9449: typ, htm, htu, ath, signature, {@code cnf.jkt} binding);
 * {@code Bearer} goes to the default tenant. A deployment that requires DPoP
 * ({@code followup.security.dpop.required=true}) sends every request to the DPoP tenant, where a
 * Bearer token is no credential at all and the request is answered 401.
 */
@ApplicationScoped
public class DPoPTenantResolver implements TenantResolver {

    public static final String DPOP_TENANT = "dpop";
    static final String DPOP_SCHEME = "DPoP";

    private final boolean required;

    DPoPTenantResolver(@ConfigProperty(name = "followup.security.dpop.required", defaultValue = "false") boolean required) {
        this.required = required;
    }

    @Override
    public String resolve(RoutingContext context) {
        return tenantFor(context.request().getHeader(HttpHeaders.AUTHORIZATION), required);
    }

    /** The tenant for an Authorization header; null is the default (Bearer) tenant. */
    public static String tenantFor(String authorization, boolean dpopRequired) {
        return dpopRequired || isDPoP(authorization) ? DPOP_TENANT : null;
    }

    static boolean isDPoP(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, DPOP_SCHEME + " ", 0, DPOP_SCHEME.length() + 1);
    }
}
