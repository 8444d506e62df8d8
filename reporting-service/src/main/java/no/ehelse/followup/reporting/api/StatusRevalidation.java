package no.ehelse.followup.reporting.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpVersion;

/**
 * Revalidation for the status resources, whose documents change whenever an event is applied (and at
 * midnight): {@code Cache-Control: private, no-cache} (a client may keep a copy but asks each time), and an
 * {@code ETag} drawn from the document itself, so that {@code If-None-Match} with the current tag answers
 * 304 without a body. The tag is weak because the body is also sent compressed, br or gzip as the request
 * accepts, compressed once per document rather than per response.
 */
@Provider
public class StatusRevalidation implements ContainerResponseFilter {

    static final String STATUS_PATH = "/api/v1/status";
    static final String CACHE_CONTROL = "private, no-cache";

    /** A document as written and compressed, and its tag. */
    private record Written(PrecompressedBody body, String tag) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    CurrentVertxRequest vertxRequest;

    /** By the document's identity: a document kept by {@link ViewDocuments} is written and tagged once. */
    private final Cache<Object, Written> written = Caffeine.newBuilder().weakKeys().maximumSize(1000).build();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        String path = request.getUriInfo().getPath();
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != Response.Status.OK.getStatusCode()
                || !(path.startsWith("/") ? path : "/" + path).startsWith(STATUS_PATH) || response.getEntity() == null) {
            return;
        }
        // Written here once, both to tag it and as the body itself.
        Written document = written.get(response.getEntity(), this::write);
        String tag = document.tag();
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            return;
        }
        if (vertxRequest.getCurrent().request().version() == HttpVersion.HTTP_2) {
            // Netty's HTTP/2 encoder compresses by the Content-Encoding a response names, so there Vert.x compresses.
            response.setEntity(document.body().identity(), response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
            return;
        }
        // Compressed once per document: over HTTP/1.1 Vert.x leaves a response alone that names its Content-Encoding.
        PrecompressedBody.Encoded encoded = document.body().negotiate(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (encoded.contentEncoding() != null) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, encoded.contentEncoding());
        }
        response.setEntity(encoded.bytes(), response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
    }

    private Written write(Object document) {
        try {
            byte[] body = json.writeValueAsBytes(document);
            return new Written(PrecompressedBody.of(body), "W/\"" + digest(body) + "\"");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** If-None-Match holds {@code *} or a list of tags, compared weakly (W/ ignored). */
    private static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(tag);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(candidate -> candidate.equals("*") || opaque(candidate).equals(opaque));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
