package no.ehelse.followup.platform.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * A problem answered by a Vert.x route handler, before the REST layer and its exception mappers are
 * reached (body limits, the sign-out guard): the same body {@link ProblemResponses} writes.
 */
public final class RouteProblems {

    private RouteProblems() {
    }

    /** Ends the response with the problem; {@code close} also closes the connection (an unread body follows). */
    public static void send(RoutingContext context, ObjectMapper json, ProblemType type, String detail,
            List<Problem.FieldError> errors, boolean close) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail,
                URI.create(context.request().path()), errors);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body is always serialisable", e);
        }
        var response = context.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }
}
