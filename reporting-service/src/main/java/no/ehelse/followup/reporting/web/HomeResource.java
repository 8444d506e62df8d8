package no.ehelse.followup.reporting.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** The address a person opens, http://localhost:8084/, leads to the dashboard (and so to sign-in). */
@Path("/")
@PermitAll
public class HomeResource {

    @GET
    @Operation(hidden = true)
    public Response home() {
        return Response.seeOther(URI.create("/dashboard/")).build();
    }
}
