package no.ehelse.followup.initiative.calendar;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.Lifecycle;
import no.ehelse.followup.initiative.initiatives.InitiativeCatalog;
import no.ehelse.followup.initiative.initiatives.InitiativeView;
import no.ehelse.followup.initiative.initiatives.InitiativeViews;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.rules.initiative.OverdueReport;
import no.ehelse.followup.rules.initiative.Owners;
import no.ehelse.followup.rules.initiative.RuleTexts;
import no.ehelse.followup.rules.organisation.OrganisationNumber;

@Path("/api/v1")
@Tag(name = "Reporting calendar", description = "Status reports that are overdue (forsinket rapportering), as of today")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueResource {

    @Inject
    InitiativeCatalog initiatives;

    @Inject
    InitiativeViews views;

    @GET
    @Path("overdue-reports")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "listOverdueReports", summary = "Every overdue status report",
            description = "Requires any role. By initiative, then in the order the owners are listed. Entries without owner "
                    + "are initiatives without owner organisation numbers, whose status the admin registers. " + RuleTexts.OVERDUE)
    public List<OverdueReport> all() {
        return overdue(views.of(initiatives.list(null, Lifecycle.ACTIVE)));
    }

    @GET
    @Path("organisations/{orgnr}/overdue-reports")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "listOverdueReportsOfOrganisation", summary = "An organisation's overdue status reports",
            description = "Requires any role. The reports this organisation owes as an owner of active initiatives, by "
                    + "initiative; empty when it is up to date or owns none. An invalid organisation number is a 400 naming "
                    + "orgnr. " + RuleTexts.OVERDUE)
    public List<OverdueReport> ofOrganisation(@PathParam("orgnr") @Parameter(example = "994598759") String orgnr) {
        if (!OrganisationNumber.isValid(orgnr)) {
            throw ProblemException.invalid("orgnr", "is not a valid organisation number (9 digits, mod-11 check digit)");
        }
        List<Initiative> owned = initiatives.list(null, Lifecycle.ACTIVE).stream()
                .filter(initiative -> Owners.organisations(initiative).contains(orgnr))
                .toList();
        return overdue(views.of(owned)).stream().filter(report -> orgnr.equals(report.owner())).toList();
    }

    private static List<OverdueReport> overdue(List<InitiativeView> views) {
        return views.stream().flatMap(view -> view.reporting().overdueReports().stream()).toList();
    }
}
