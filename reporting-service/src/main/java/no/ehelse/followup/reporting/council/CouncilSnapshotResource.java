package no.ehelse.followup.reporting.council;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.platform.web.QueryParams;

@Path("/api/v1/council/snapshots")
@Tag(name = "Council snapshots", description = "Underlag: the status view frozen for a meeting of NUFA, NUIT or "
        + "Nasjonalt e-helseråd, what changed since the last one, and exports")
public class CouncilSnapshotResource {

    @Inject
    CouncilSnapshots snapshots;

    @Inject
    SnapshotExports exports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "freezeSnapshot", summary = "Freeze the status view for a council meeting",
            description = "Requires admin. The snapshot holds the whole view as it is now and never changes.")
    public Response freeze(@Valid @NotNull SnapshotRequest request) {
        CouncilSnapshot snapshot = snapshots.freeze(request);
        return Response.created(URI.create("/api/v1/council/snapshots/" + snapshot.id())).entity(snapshot).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "listSnapshots", summary = "List snapshots, latest meeting first", description = "Requires any role. Without the views.")
    public List<CouncilSnapshot> list() {
        return snapshots.list();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "getSnapshot", summary = "A snapshot with its view", description = "Requires any role.")
    public CouncilSnapshot get(@PathParam("id") UUID id) {
        return snapshots.get(id);
    }

    @GET
    @Path("{id}/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "getSnapshotChanges", summary = "What changed since an earlier snapshot",
            description = "Requires any role. From the snapshot `since` to this one: new and corrected measurements, "
                    + "changed indicator classifications, new indicators, changed initiative statuses, newly significantly "
                    + "delayed milestones, and deliveries that changed phase or are new on the roadmap.")
    public SnapshotDifference changes(@PathParam("id") UUID id,
            @QueryParam("since") @Parameter(description = "The earlier snapshot, e.g. the last meeting's",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String since) {
        if (since == null) {
            throw ProblemException.invalid("since", "must name the earlier snapshot");
        }
        return snapshots.difference(QueryParams.uuid("since", since), id);
    }

    @GET
    @Path("{id}/export.csv")
    @Produces("text/csv")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "exportSnapshotCsv", summary = "A snapshot as CSV", description = "Requires any role. One row per indicator: latest value, "
            + "baseline, target, progress, expected progress, classification and trend.")
    public Response csv(@PathParam("id") UUID id) {
        return Response.ok(exports.csv(snapshots.get(id)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"underlag-" + id + ".csv\"").build();
    }

    @GET
    @Path("{id}/briefing")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "getSnapshotBriefing", summary = "A snapshot as a printable briefing (HTML, Norwegian)", description = "Requires any role.")
    public Response briefing(@PathParam("id") UUID id) {
        return Response.ok(exports.briefing(snapshots.get(id)), "text/html; charset=UTF-8").build();
    }
}
