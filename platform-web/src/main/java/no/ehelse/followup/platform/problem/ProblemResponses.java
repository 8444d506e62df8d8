package no.ehelse.followup.platform.problem;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every error into an RFC 9457 problem: validation and JSON errors name the offending field,
 * nothing leaks a stack trace, and unknown fields, wrong types and malformed bodies are 400s.
 */
public class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);
    /** How Jackson's strict duplicate detection begins its message. */
    private static final String DUPLICATE_FIELD = "Duplicate field '";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return respond(ProblemType.VALIDATION, ProblemException.summary(errors), errors, uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = pathOf(e);
        return fieldProblem(field, "unknown field; the API does not accept it", uri);
    }

    @ServerExceptionMapper
    public Response wrongFormat(InvalidFormatException e, UriInfo uri) {
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return fieldProblem(pathOf(e), "has the wrong type or format, expected " + expected, uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = pathOf(e);
        if (field.isEmpty()) {
            return respond(ProblemType.MALFORMED_BODY, "The request body does not have the expected shape", List.of(), uri);
        }
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return fieldProblem(field, "has the wrong type, expected " + expected, uri);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        String field = pathOf(e);
        String message = e.getOriginalMessage();
        String duplicate = duplicateName(message);
        if (duplicate != null) {
            // Found while a property's value was read: the path ends at the object the field is in.
            return fieldProblem(field.isEmpty() ? duplicate : field + "." + duplicate,
                    "is given more than once; each field may appear once", uri);
        }
        if (field.isEmpty()) {
            return respond(ProblemType.MALFORMED_BODY, "The request body does not have the expected shape", List.of(), uri);
        }
        return fieldProblem(field, rejection(e), uri);
    }

    /**
     * Why a value was refused, in words meant for the caller: a domain constructor's or our own
     * reader's message, never the text of a library's internal exception.
     */
    private static String rejection(JsonMappingException e) {
        if (e.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            return cause.getMessage();
        }
        if (e instanceof InputRejection) {
            return e.getOriginalMessage();
        }
        return "has a value the API does not accept";
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        String duplicate = duplicateField(e);
        if (duplicate != null) {
            return fieldProblem(duplicate, "is given more than once; each field may appear once", uri);
        }
        var location = e.getLocation();
        String detail = "The request body is not valid JSON"
                + (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
        return respond(ProblemType.MALFORMED_BODY, detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        return respond(ProblemType.MALFORMED_BODY, "The request body is not valid JSON", List.of(), uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHENTICATED,
                "A valid bearer access token is required", List.of(), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "The access token does not grant this operation", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(ProblemType.NOT_FOUND, "No resource at this path", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.METHOD_NOT_ALLOWED, "The resource does not support this method",
                List.of(), uri)).allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response notSupported(NotSupportedException e, UriInfo uri) {
        return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request's Content-Type is not supported here",
                List.of(), uri);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return respond(ProblemType.NOT_ACCEPTABLE, "No representation matches the Accept header", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        // The JSON reader reports some body errors wrapped in a 400.
        if (e.getCause() instanceof UnrecognizedPropertyException cause) {
            return unknownField(cause, uri);
        }
        if (e.getCause() instanceof InvalidFormatException cause) {
            return wrongFormat(cause, uri);
        }
        if (e.getCause() instanceof MismatchedInputException cause) {
            return mismatched(cause, uri);
        }
        if (e.getCause() instanceof JsonParseException cause) {
            return malformed(cause, uri);
        }
        if (e.getCause() instanceof JsonMappingException cause) {
            return mapping(cause, uri);
        }
        if (e.getCause() instanceof JsonProcessingException cause) {
            return malformed(cause, uri);
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(ProblemType.INTERNAL, "The service could not complete the request", List.of(), uri);
        }
        Response.StatusType info = e.getResponse().getStatusInfo();
        Problem problem = new Problem(null, info.getReasonPhrase(), status, e.getMessage(), instance(uri), List.of());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (isConcurrentChange(e)) {
            // Two requests wrote the same row at once (e.g. the first PUTs of one id): the loser may repeat.
            LOG.infof("Concurrent change refused by the database: %s", e);
            return respond(ProblemType.CONFLICT,
                    "Another request changed the same resource at the same time; repeat the request", List.of(), uri);
        }
        LOG.error("Unexpected error", e);
        return respond(ProblemType.INTERNAL, "The service could not complete the request", List.of(), uri);
    }

    /**
     * Whether the database refused the write because of another transaction: an integrity constraint
     * (SQLState class 23, such as a duplicate key) or a serialization failure or deadlock (class 40).
     * The rules a caller can break are checked before the write, so what still fails here lost a race.
     */
    static boolean isConcurrentChange(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    private static Response fieldProblem(String field, String message, UriInfo uri) {
        String name = field.isEmpty() ? "body" : field;
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(name, message));
        return respond(ProblemType.VALIDATION, name + ": " + message, errors, uri);
    }

    static Response respond(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, instance(uri), errors);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static URI instance(UriInfo uri) {
        return uri == null ? null : URI.create(uri.getRequestUri().getRawPath());
    }

    /**
     * The path of the field a strict parser found twice ({@code baseline.value}), or null when the
     * error is another one. Jackson names the field only in its message, and the object it is in
     * through the parser's context.
     */
    static String duplicateField(JsonParseException e) {
        String name = duplicateName(e.getOriginalMessage());
        if (name == null) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        JsonParser parser = e.getProcessor();
        if (parser != null && parser.getParsingContext() != null) {
            List<String> steps = new ArrayList<>();
            for (var context = parser.getParsingContext().getParent(); context != null && !context.inRoot();
                    context = context.getParent()) {
                steps.add(0, context.inArray() ? "[" + context.getCurrentIndex() + "]" : context.getCurrentName());
            }
            for (String step : steps) {
                if (!path.isEmpty() && !step.startsWith("[")) {
                    path.append('.');
                }
                path.append(step);
            }
        }
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The field named by Jackson's duplicate-field message, or null for any other message. */
    private static String duplicateName(String message) {
        if (message == null || !message.startsWith(DUPLICATE_FIELD)) {
            return null;
        }
        int end = message.indexOf('\'', DUPLICATE_FIELD.length());
        return end < 0 ? null : message.substring(DUPLICATE_FIELD.length(), end);
    }

    /** A JSON path such as {@code targets[0].value} from Jackson's reference chain. */
    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The request-facing name of a violated property: the method and parameter nodes of a bean
     * validation path are dropped for body properties, kept (as the parameter name) for query and
     * path parameters.
     */
    static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            } else if (node.getKey() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getKey() + "]");
            }
            if (!name.isEmpty() && !"<list element>".equals(name) && !"<map value>".equals(name)
                    && !"<iterable element>".equals(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", names);
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> values = new ArrayList<>();
            for (Object constant : constants) {
                values.add(constant.toString());
            }
            return "one of " + values;
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        return "an object";
    }
}
