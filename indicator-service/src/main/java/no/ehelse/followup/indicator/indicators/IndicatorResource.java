package no.ehelse.followup.indicator.indicators;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.events.indicator.Indicator;
import no.ehelse.followup.events.indicator.IndicatorStatus;
import no.ehelse.followup.events.indicator.IndicatorType;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.platform.web.QueryParams;

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Målindikatorer: unit, type, source, baseline and targets")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    /** Examples from Plan for realisering (2023). */
    static final String KJERNEJOURNAL = """
            {"goalId": "4", "parentId": "4.2", "name": "Kjernejournal innføring",
             "purpose": "Måler andel kommuner som har innført kjernejournal",
             "unit": {"kind": "SHARE", "label": "Andel kommuner", "countedEntity": "kommuner", "denominator": 356,
                      "denominatorLabel": "kommuner"},
             "type": "ADOPTION", "direction": "HIGHER_IS_BETTER", "method": "Tall fra NHN/Direktoratet for e-helse",
             "dataSource": "NHN/Direktoratet for e-helse", "reporters": ["994598759", "983544622"], "status": "ACTIVE",
             "baseline": {"value": 147, "numerator": 147, "denominator": 356, "period": "2022-11-29",
                          "text": "147/356 kommuner (29.11.22)"},
             "targets": [{"year": 2025, "kind": "N_OF_TOTAL", "value": 356, "total": 356, "text": "356/356"}]}""";
    static final String OPPLEVD_TILGANG = """
            {"goalId": "1", "name": "Grad av enighet i opplevd tilgang på enkle digitale helsetjenester",
             "purpose": "Måler innbyggernes opplevde tilgang til enkle digitale helse- og omsorgstjenester.",
             "unit": {"kind": "PERCENT", "label": "%"}, "type": "PERCEIVED_RESULT", "direction": "HIGHER_IS_BETTER",
             "method": "Innbyggerundersøkelsen om e-helse som gjennomføres årlig av Direktoratet for e-helse",
             "dataSource": "Innbyggerundersøkelsen om e-helse", "reporters": ["983544622"], "status": "ACTIVE",
             "baseline": {"value": 74, "period": "2021",
                          "text": "74 % er helt eller delvis enig i at de har tilgang til enkle digitale helsetjenester (2021)"},
             "targets": [{"year": 2025, "kind": "ABSOLUTE", "value": 83, "text": "83 %"}]}""";

    @Inject
    IndicatorCatalog indicators;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "listIndicators", summary = "List indicators", description = "Requires any role. Filters combine.")
    public List<Indicator> list(
            @QueryParam("goal") @Parameter(description = "Goal id", example = "4") String goal,
            @QueryParam("type") @Parameter(description = "Indicator type", schema = @Schema(implementation = IndicatorType.class))
            String type,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = IndicatorStatus.class)) String status) {
        return indicators.list(goal, QueryParams.enumeration("type", type, IndicatorType.class),
                QueryParams.enumeration("status", status, IndicatorStatus.class));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "getIndicator", summary = "Get an indicator", description = "Requires any role.")
    public Indicator get(@PathParam("id") @Parameter(example = "4.2.1") String id) {
        return indicators.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "defineIndicator", summary = "Define or change an indicator",
            description = "Requires admin. Idempotent: the same definition again changes nothing (200, "
                    + "X-Write-Outcome: UNCHANGED). Setting status RETIRED publishes IndicatorRetired.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "4.2.1 Kjernejournal innføring", value = KJERNEJOURNAL),
            @ExampleObject(name = "1.3 Opplevd tilgang (survey)", value = OPPLEVD_TILGANG) }))
    public Response define(
            @PathParam("id") @Pattern(regexp = IndicatorRules.ID_PATTERN, message = "must be an indicator id such as 1.1 or 4.2.3, or O1.1 under an overarching goal")
            @Parameter(example = "4.2.1") String id,
            @Valid @NotNull IndicatorRequest request) {
        IndicatorCatalog.Written written = indicators.define(id, request);
        return written.outcome().respond(written.indicator(), URI.create("/api/v1/indicators/" + id));
    }
}
