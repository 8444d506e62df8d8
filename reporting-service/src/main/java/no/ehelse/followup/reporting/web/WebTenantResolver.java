package no.ehelse.followup.reporting.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Chooses between the two ways in: machine clients send a bearer token and use the default
 * ({@code service}) tenant; people use the dashboard, signed in by the {@code web} tenant's authorization
 * code flow, whose tokens stay on the server in the encrypted session cookie. The dashboard's own calls
 * to the status API carry that cookie and no Authorization header, so they are the web tenant's too.
 */
@ApplicationScoped
public class WebTenantResolver implements TenantResolver {

    public static final String TENANT = "web";
    /** Quarkus names the session cookie q_session_{tenant}, with _chunk_N suffixes when it is split. */
    private static final String SESSION_COOKIE = "q_session_" + TENANT;

    @Override
    public String resolve(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.equals("/") || path.startsWith("/dashboard") || path.startsWith("/web/")) {
            return TENANT;
        }
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) == null && hasSession(context)) {
            return TENANT;
        }
        return null;
    }

    static boolean hasSession(RoutingContext context) {
        return context.request().cookies().stream().anyMatch(cookie -> cookie.getName().startsWith(SESSION_COOKIE));
    }
}
