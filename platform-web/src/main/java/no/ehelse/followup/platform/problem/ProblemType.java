package no.ehelse.followup.platform.problem;

import java.net.URI;

/** The kinds of problem the APIs report; each has a stable type URI partners can switch on. */
public enum ProblemType {
    VALIDATION(400, "Invalid request"),
    MALFORMED_BODY(400, "Malformed request body"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed for the calling organisation"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    /** A request beyond a configured limit (size, rows): the problem names the limit. */
    CONTENT_TOO_LARGE(413, "Content too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Request cannot be processed"),
    INTERNAL(500, "Internal error");

    /** A tag URI (RFC 4151): stable and unique without pretending to be a web page. */
    private static final String BASE = "tag:ehelse-oppfolging,2026:problem:";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(BASE + name().toLowerCase().replace('_', '-'));
    }
}
