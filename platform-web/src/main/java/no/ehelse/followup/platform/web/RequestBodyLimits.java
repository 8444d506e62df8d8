package no.ehelse.followup.platform.web;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.problem.RouteProblems;

/**
 * A request body limit per route: ordinary JSON resources accept small bodies, only the routes named in
 * {@code followup.http.body-limit."<path prefix>"} (imports, FHIR Bundles) large ones, so one oversized
 * request cannot fill a small pod's heap. Quarkus's own {@code quarkus.http.limits.max-body-size} stays
 * the outer wall for every route. A declared Content-Length over the route's limit is answered here with
 * a 413 problem before the body is read; a chunked body is cut off at the limit by the REST layer, which
 * reads the limit Quarkus's own handler would otherwise have left for it.
 */
@ApplicationScoped
public class RequestBodyLimits {

    @ConfigMapping(prefix = "followup.http")
    public interface Config {

        /** The limit of every route without one of its own. */
        @WithDefault("1M")
        MemorySize maxBodySize();

        /** Path prefixes with a limit of their own; the longest matching prefix wins. */
        Map<String, MemorySize> bodyLimit();
    }

    @Inject
    Config config;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        // After Quarkus's global check (ROUTE_ORDER_UPLOAD_LIMIT), before anything reads the body.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::limit);
    }

    void limit(RoutingContext context) {
        String path = context.normalizedPath();
        String property = "followup.http.max-body-size";
        MemorySize limit = config.maxBodySize();
        int matched = -1;
        for (Map.Entry<String, MemorySize> route : config.bodyLimit().entrySet()) {
            if (path.startsWith(route.getKey()) && route.getKey().length() > matched) {
                matched = route.getKey().length();
                limit = route.getValue();
                property = "followup.http.body-limit.\"" + route.getKey() + "\"";
            }
        }
        long bytes = limit.asLongValue();
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && isOver(declared, bytes)) {
            refuse(context, bytes, property);
            return;
        }
        context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, bytes);
        context.next();
    }

    private static boolean isOver(String declared, long bytes) {
        try {
            return Long.parseLong(declared.trim()) > bytes;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec refuses a malformed length itself
        }
    }

    private void refuse(RoutingContext context, long bytes, String property) {
        ProblemException tooLarge = ProblemException.tooLarge("body", property + "=" + bytes,
                "the request body is larger than this resource accepts, " + bytes + " bytes");
        // The unread body would otherwise have to be drained: close the connection once the answer is out.
        RouteProblems.send(context, json, tooLarge.type(), tooLarge.getMessage(), tooLarge.errors(), true);
    }
}
