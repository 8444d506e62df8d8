package no.ehelse.followup.indicator.imports;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.security.Roles;

@Path(MeasurementImportJobResource.PATH)
@Tag(name = "Measurements")
public class MeasurementImportJobResource {

    static final String PATH = "/api/v1/measurements/imports";

    @Inject
    ImportJobs jobs;

    @Inject
    CallerIdentity caller;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "getMeasurementImportJob", summary = "Follow an asynchronous import",
            description = "Requires the organisation that submitted it, or admin. RUNNING with the rows done so far; "
                    + "DONE with the same summary a synchronous import answers; FAILED with the reason, also when the "
                    + "service stopped while it ran.")
    public ImportJob get(@PathParam("id") String id) {
        UUID job;
        try {
            job = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Import job " + id);
        }
        return jobs.find(job, caller.organisation().orElse(null), caller.isAdmin());
    }
}
