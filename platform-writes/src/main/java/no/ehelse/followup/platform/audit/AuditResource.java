package no.ehelse.followup.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.platform.web.QueryParams;

/** Every writing service's audit log (revisjonslogg), read from its outbox. */
@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Who changed what, when, and the state before and after (revisjonslogg)")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int MAX_SIZE = 200;

    @Inject
    AuditLog log;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAuditEntries", summary = "List the changes this service recorded",
            description = "Requires admin. Every change this service committed, newest first: who (organisation, "
                    + "sub-unit, supplier, client), when, the event, and the aggregate's state before and after. Filters "
                    + "combine; from and to are whole days (YYYY-MM-DD, Europe/Oslo, both included). Paged: page from 0, "
                    + "size 1–" + MAX_SIZE + " (50 by default); more tells whether another page follows.")
    public AuditLog.Page list(
            @QueryParam("organisation") @Parameter(description = "The organisation that made the change",
                    example = "983658725") String organisation,
            @QueryParam("client") @Parameter(description = "The OAuth2 client it used") String client,
            @QueryParam("aggregateType") @Parameter(example = "measurement") String aggregateType,
            @QueryParam("aggregateId") @Parameter(example = "4.2.1:2024:994598759") String aggregateId,
            @QueryParam("type") @Parameter(description = "The event type", example = "MeasurementCorrected") String type,
            @QueryParam("from") @Parameter(example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(example = "2026-03-31") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        AuditLog.Filter filter = new AuditLog.Filter(blankToNull(organisation), blankToNull(client),
                blankToNull(aggregateType), blankToNull(aggregateId), blankToNull(type),
                QueryParams.date("from", from), QueryParams.date("to", to));
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ProblemException.invalid("to", "is before from " + filter.from());
        }
        return log.find(filter, QueryParams.integer("page", page, 0, 0, 100_000),
                QueryParams.integer("size", size, 50, 1, MAX_SIZE));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
