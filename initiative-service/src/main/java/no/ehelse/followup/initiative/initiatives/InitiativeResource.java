package no.ehelse.followup.initiative.initiatives;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.events.initiative.Lifecycle;
import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.platform.web.QueryParams;
import no.ehelse.followup.rules.initiative.Owners;
import no.ehelse.followup.rules.initiative.RuleTexts;

@Path("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "Strategiske initiativ: owners (tiltakseiere), status source, lifecycle, and the "
        + "current status derived from the owners' status reports")
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    /** Initiative 2.B in Plan for realisering (2023): several owners, status from the national portfolio. */
    static final String PLL = """
            {"goalId": "2", "name": "Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)",
             "description": "Dekker PLL-programmet og pågående tilretteleggings- og innføringsprosjektene hos aktørene.",
             "rationale": "Rådsmodellen har sagt at dette er det viktigste nasjonale områdene. Har en varighet i hele strategiperioden",
             "statusSource": {"kind": "NATIONAL_PORTFOLIO", "text": "Nasjonal portefølje"},
             "ownership": "SEVERAL", "owners": [], "ownerText": "Flere",
             "relatedIndicatorIds": [], "relatedSubGoalIds": ["2.B"], "lifecycle": "ACTIVE", "reportsPerYear": 3}""";
    /** Initiative 4.C: named owners, one of them without an organisation number. */
    static final String INFORMASJONSFORVALTNING = """
            {"goalId": "4", "name": "Styrket informasjonsforvaltning og god og sikker tilgang til data for sekundærbruk",
             "description": "Felles språk i PKT. Tiltak på automatisk innrapportering og bruk av data fra registereiere.",
             "rationale": "Bidrar til økt standardisering, og styrket lokal, regional og nasjonal informasjonsforvaltning",
             "statusSource": {"kind": "OWNER_REPORTING", "text": "Rapportering fra Direktoratet for e-helse og regionale helseforetak."},
             "ownership": "SETTLED",
             "owners": [{"organisationNumber": "983544622", "name": "Helsedirektoratet"},
                        {"organisationNumber": "991324968", "name": "Helse Sør-Øst RHF"},
                        {"organisationNumber": "983658725", "name": "Helse Vest RHF"},
                        {"organisationNumber": "983658776", "name": "Helse Midt-Norge RHF"},
                        {"organisationNumber": "883658752", "name": "Helse Nord RHF"},
                        {"organisationNumber": "971032146", "name": "KS (Kommunesektorens organisasjon)"},
                        {"name": "Helseregistre"}],
             "ownerText": "Direktoratet for e-helse\\nRegionale helseforetak\\nKS\\nHelseregistre",
             "relatedIndicatorIds": [], "relatedSubGoalIds": ["4.B"], "lifecycle": "ACTIVE"}""";
    /** Initiative 5.E: the owner is still being clarified. */
    static final String BEREDSKAP = """
            {"goalId": "5", "name": "Videreutvikle digitalt økosystem for helse- og smittevernberedskap",
             "statusSource": {"kind": "OTHER", "text": "Direktoratet fra e-helse"},
             "ownership": "UNDER_CLARIFICATION", "owners": [], "ownerText": "Under avklaring",
             "relatedSubGoalIds": ["3.C"], "lifecycle": "PROPOSED"}""";

    @Inject
    InitiativeCatalog initiatives;

    @Inject
    InitiativeViews views;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "listInitiatives", summary = "List initiatives",
            description = "Requires any role. In id order; filters combine. Each initiative comes with its current status "
                    + "and reporting calendar as of today. " + RuleTexts.DERIVED_STATUS + " " + RuleTexts.OVERDUE)
    public List<InitiativeView> list(
            @QueryParam("goal") @Pattern(regexp = "[1-5]", message = "must be a strategic goal 1..5")
            @Parameter(description = "Strategic goal", example = "2") String goal,
            @QueryParam("owner") @Size(min = 1, max = 300)
            @Parameter(description = "An owner's organisation number or name: initiatives it owns", example = "994598759")
            String owner,
            @QueryParam("status") @Parameter(description = "The derived current overall status",
                    schema = @Schema(implementation = TrafficLight.class)) String status,
            @QueryParam("overdue") @Parameter(description = "true: with at least one overdue status report; false: with none",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
            @QueryParam("lifecycle") @Parameter(schema = @Schema(implementation = Lifecycle.class)) String lifecycle) {
        InitiativeFilter filter = new InitiativeFilter(owner, QueryParams.enumeration("status", status, TrafficLight.class),
                QueryParams.bool("overdue", overdue));
        return views.of(initiatives.list(goal, QueryParams.enumeration("lifecycle", lifecycle, Lifecycle.class))).stream()
                .filter(filter::matches)
                .toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "getInitiative", summary = "Get an initiative",
            description = "Requires any role. With its current status and reporting calendar as of today.")
    public InitiativeView get(@PathParam("id") @Parameter(example = "2.B") String id) {
        return views.of(initiatives.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = InitiativeView.class, responseDescription = "The initiative (201 when created)")
    @Operation(operationId = "defineInitiative", summary = "Define or change an initiative",
            description = "Requires admin; owners cannot redefine an initiative (403). Idempotent: the same definition again "
                    + "changes nothing (200, X-Write-Outcome: UNCHANGED, no event). 201 when created. Publishes "
                    + "InitiativeDefined, InitiativeChanged, or InitiativeLifecycleChanged when the lifecycle changes. "
                    + "Ownership SETTLED needs at least one owner, UNDER_CLARIFICATION has none, SEVERAL may list the owners "
                    + "known. Owners without an organisation number (such as \"Helseregistre\") are allowed; the admin "
                    + "reports for them. An ACTIVE, COMPLETED or STOPPED initiative has no startDate in the future; COMPLETED "
                    + "and STOPPED need the endDate they ended on. Once started, an initiative cannot become PROPOSED again "
                    + "(409 naming lifecycle). reportsPerYear (default 3, tertials) sets the reporting calendar.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "2.B Pasientens legemiddelliste (owners: Flere)", value = PLL),
            @ExampleObject(name = "4.C Informasjonsforvaltning (an owner without organisation number)",
                    value = INFORMASJONSFORVALTNING),
            @ExampleObject(name = "5.E Helseberedskap (owner under clarification)", value = BEREDSKAP) }))
    public Response define(
            @PathParam("id") @Pattern(regexp = InitiativeRules.ID_PATTERN, message = "must be an initiative id such as 2.B")
            @Parameter(example = "2.B") String id,
            @Valid @NotNull InitiativeRequest request) {
        InitiativeCatalog.Written written = initiatives.define(id, request);
        return written.outcome().respond(views.of(written.initiative()), URI.create("/api/v1/initiatives/" + id));
    }
}
