package no.ehelse.followup.reporting.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import no.ehelse.followup.platform.problem.ProblemType;
import no.ehelse.followup.platform.problem.RouteProblems;

/**
 * Sign-out changes state with the session cookie, so it needs the CSRF token like every other change.
 * Quarkus OIDC signs out on any request to its logout path, GET included, during authentication, before
 * the REST layer (and {@link CsrfGuard}) sees it: a link on another site could sign a person out. This
 * handler runs first and lets through only a POST whose form field {@value #FIELD} repeats the CSRF
 * cookie, which the dashboard's sign-out form carries.
 */
@ApplicationScoped
public class SignOutGuard {

    public static final String FIELD = "csrf";
    /** Before Quarkus's authentication (order -200), where the logout is performed. */
    private static final int BEFORE_AUTHENTICATION = -250;
    private static final int LONGEST_FORM = 1024;

    @Inject
    ObjectMapper json;

    /** Where Quarkus OIDC signs out, guarded here. */
    @ConfigProperty(name = "quarkus.oidc.web.logout.path")
    String path;

    void install(@Observes Router router) {
        router.route(path).order(BEFORE_AUTHENTICATION).handler(this::guard);
    }

    void guard(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            RouteProblems.send(context, json, ProblemType.METHOD_NOT_ALLOWED,
                    "Sign out with the dashboard's sign-out button (a POST carrying the CSRF token)", List.of(), false);
            return;
        }
        Cookie cookie = context.request().getCookie(CsrfGuard.COOKIE);
        context.request().body().onComplete(body -> {
            String token = body.succeeded() && body.result().length() <= LONGEST_FORM
                    ? formField(body.result().toString(StandardCharsets.UTF_8)) : null;
            if (cookie == null || token == null || !MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8))) {
                RouteProblems.send(context, json, ProblemType.FORBIDDEN, "Signing out needs the form field " + FIELD
                        + " with the value of the " + CsrfGuard.COOKIE + " cookie", List.of(), false);
            } else {
                context.next();
            }
        });
        context.request().resume();
    }

    private static String formField(String form) {
        List<String> values = new QueryStringDecoder(form, StandardCharsets.UTF_8, false).parameters().get(FIELD);
        return values == null || values.size() != 1 ? null : values.get(0);
    }
}
