package no.ehelse.followup.reporting.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.platform.web.QueryParams;
import no.ehelse.followup.reporting.consumer.ParkingLot;
import no.ehelse.followup.reporting.consumer.RebuildJobs;
import no.ehelse.followup.reporting.consumer.ViewRebuild;

@Path("/api/v1/admin")
@Tag(name = "Administration", description = "Drift: rebuilding the view from the event topics, and the events parked because they could not be applied")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final int MAX_LIMIT = 1000;

    @Inject
    ViewRebuild rebuild;

    @Inject
    RebuildJobs jobs;

    @Inject
    ParkingLot parking;

    @POST
    @Path("rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rebuildView", summary = "Start rebuilding the status view from the event topics",
            description = "Requires admin. Answers 202 at once with the job (also at the Location header); the rebuild "
                    + "replays indicator-events, initiative-events and roadmap-events from the beginning into shadow "
                    + "tables and then swaps them for the served ones in one transaction, so readers see the old view "
                    + "until the new one is complete; the result is the same view. Records that are poison (already "
                    + "parked) are skipped again. One rebuild at a time across all replicas: 409 while one runs.")
    @APIResponseSchema(value = RebuildJobs.Job.class, responseCode = "202", responseDescription = "The rebuild, started")
    public Response rebuild(@Context UriInfo uri) {
        RebuildJobs.Job job = rebuild.start();
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(job.id().toString()).build()).build();
    }

    @GET
    @Path("rebuild/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getRebuild", summary = "A rebuild's progress",
            description = "Requires admin. From any replica. 404 for an unknown id.")
    public RebuildJobs.Job rebuildJob(@PathParam("id") String id) {
        return jobs.job(QueryParams.uuid("id", id));
    }

    @GET
    @Path("parked")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listParkedEvents", summary = "Records the consumer parked",
            description = "Requires admin. Newest first, at most `limit` (1–1000, default 100). A record is parked, "
                    + "and also published on reporting-dead-letter with the reason in its headers, when it is not a "
                    + "valid event (CONTRACT) or when a valid event failed to apply on every attempt (APPLY: an "
                    + "integrity violation, a projector bug); its partition moves on. A database outage parks "
                    + "nothing: it is waited out. `pending=true` lists only records not replayed yet.")
    public List<ParkingLot.Parked> parked(@QueryParam("pending") String pending, @QueryParam("limit") String limit) {
        return parking.list(Boolean.TRUE.equals(QueryParams.bool("pending", pending)), limit(limit));
    }

    @POST
    @Path("parked/{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replayParkedEvent", summary = "Apply a parked record again, after its cause is fixed",
            description = "Requires admin. Applies the record as the consumer would: idempotent (an event applied "
                    + "meanwhile is DUPLICATE) and by the version rule (STALE when the view has a newer version of its "
                    + "aggregate). 404 for an unknown id; 409 naming the reason when it still fails, and it stays "
                    + "parked.")
    public ParkingLot.Parked replay(@PathParam("id") String id) {
        return parking.replay(QueryParams.uuid("id", id));
    }

    private static int limit(String value) {
        if (value == null) {
            return 100;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
