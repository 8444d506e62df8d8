package no.ehelse.followup.reporting.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import no.ehelse.followup.platform.security.DPoPTenantResolver;

/**
 * Chooses between the two ways in: machine clients send a bearer token and use the default
 * ({@code service}) tenant; people use the dashboard, signed in by the {@code web} tenant's authorization
 * code flow, whose tokens stay on the server in the encrypted session cookie. The dashboard's own calls
 * to the status API carry that cookie and no Authorization header, so they are the web tenant's too.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class WebTenantResolver implements TenantResolver {

    public static final String TENANT = "web";
    /** Quarkus names the session cookie q_session_{tenant}, with _chunk_N suffixes when it is split. */
    private static final String SESSION_COOKIE = "q_session_" + TENANT;

    /** Replaces the platform's resolver in this service, so machine clients still get its Bearer/DPoP choice. */
    @ConfigProperty(name = "followup.security.dpop.required", defaultValue = "false")
    boolean dpopRequired;

    @Override
    public String resolve(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.equals("/") || path.startsWith("/dashboard") || path.startsWith("/web/")) {
            return TENANT;
        }
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null && hasSession(context)) {
            return TENANT;
        }
        return DPoPTenantResolver.tenantFor(authorization, dpopRequired);
    }

    static boolean hasSession(RoutingContext context) {
        return context.request().cookies().stream().anyMatch(cookie -> cookie.getName().startsWith(SESSION_COOKIE));
    }
}
