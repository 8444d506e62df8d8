package no.ehelse.followup.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.ehelse.followup.platform.problem.Problem;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.problem.ProblemType;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.web.WriteOutcome;

/**
 * Implements {@link Idempotent}. Runs inside the resource method's transaction (its priority is
 * after the transaction interceptor's), so the stored response and the write commit or roll back
 * together. Keys are scoped to the calling organisation (or client), as partners choose them.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class IdempotencyInterceptor {

    private static final int MAX_KEY_LENGTH = 255;

    @Inject
    HttpHeaders headers;

    @Inject
    UriInfo uri;

    @Inject
    CallerIdentity caller;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @AroundInvoke
    Object replayOrRecord(InvocationContext invocation) throws Exception {
        String key = headers.getHeaderString(Idempotent.HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(Idempotent.HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String scope = caller.organisation().orElseGet(caller::client);
        String hash = hash(invocation);
        List<?> stored = entityManager.createNativeQuery("select request_hash, status, body, location, write_outcome "
                + "from idempotency_key where scope = ?1 and key = ?2")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (!stored.isEmpty()) {
            Object[] row = (Object[]) stored.get(0);
            if (!hash.equals(row[0])) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "Idempotency-Key " + key
                        + " was already used for a different request; use a new key for a new request",
                        List.of(new Problem.FieldError(Idempotent.HEADER, "already used for a different request")));
            }
            return replay(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]);
        }
        Object result = invocation.proceed();
        if (result instanceof Response response) {
            record(scope, key, hash, response);
        }
        return result;
    }

    private void record(String scope, String key, String hash, Response response) throws JsonProcessingException {
        int inserted = entityManager.createNativeQuery("insert into idempotency_key "
                + "(scope, key, request_hash, status, body, location, write_outcome, created_at) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, hash)
                .setParameter(4, response.getStatus())
                .setParameter(5, response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null)
                .setParameter(6, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(7, response.getHeaderString(WriteOutcome.HEADER))
                .setParameter(8, Instant.now())
                .executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("Another request with Idempotency-Key " + key + " completed meanwhile; "
                    + "re-send to get its response");
        }
    }

    private Response replay(int status, String body, String location, String outcome) throws JsonProcessingException {
        Response.ResponseBuilder response = Response.status(status).header(Idempotent.REPLAYED_HEADER, "true");
        if (body != null) {
            response.entity(json.readTree(body)).type(MediaType.APPLICATION_JSON);
        }
        if (location != null) {
            response.location(URI.create(location));
        }
        if (outcome != null) {
            response.header(WriteOutcome.HEADER, outcome);
        }
        return response.build();
    }

    /** The request's identity: method, path and the deserialised body and parameters. */
    private String hash(InvocationContext invocation) throws JsonProcessingException {
        String request = invocation.getMethod().getDeclaringClass().getName() + "#" + invocation.getMethod().getName()
                + " " + uri.getPath() + " " + json.writeValueAsString(invocation.getParameters());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
