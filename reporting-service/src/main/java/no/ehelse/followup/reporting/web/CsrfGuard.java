package no.ehelse.followup.reporting.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.ext.web.RoutingContext;
import no.ehelse.followup.platform.problem.ProblemException;

/**
 * CSRF protection for the dashboard's session (double-submit): a state-changing request that relies on
 * the session cookie must repeat the CSRF cookie's value in the {@value #HEADER} header. Another site
 * can make the browser send the cookies but can neither read them nor set the header. Machine clients
 * authenticate with a bearer token, which a browser never adds by itself, so they are not asked for it.
 */
public class CsrfGuard {

    public static final String HEADER = "X-CSRF-Token";
    public static final String COOKIE = "followup-csrf";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public void requireTokenWithTheSession(ContainerRequestContext request, RoutingContext context) {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || !WebTenantResolver.hasSession(context)) {
            return;
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        String header = request.getHeaderString(HEADER);
        if (cookie == null || header == null || !MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                header.getBytes(StandardCharsets.UTF_8))) {
            throw ProblemException.forbidden("A change made with the dashboard's session must carry the "
                    + HEADER + " header with the value of the " + COOKIE + " cookie");
        }
    }
}
