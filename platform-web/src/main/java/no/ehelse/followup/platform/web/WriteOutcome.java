package no.ehelse.followup.platform.web;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/**
 * What an idempotent write did. Writing the same thing twice is UNCHANGED: no new revision and no
 * event, so partners and the dataset loader can safely re-send.
 */
public enum WriteOutcome {
    CREATED,
    UPDATED,
    UNCHANGED;

    public static final String HEADER = "X-Write-Outcome";

    /** 201 with a Location for a creation, 200 otherwise; the outcome is also in a header. */
    public Response respond(Object body, URI location) {
        Response.ResponseBuilder response = this == CREATED ? Response.created(location) : Response.ok();
        return response.entity(body).header(HEADER, name()).build();
    }
}
