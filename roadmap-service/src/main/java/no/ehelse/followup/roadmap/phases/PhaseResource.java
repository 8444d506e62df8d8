package no.ehelse.followup.roadmap.phases;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.roadmap.RoadmapRuleTexts;
import no.ehelse.followup.rules.roadmap.DelayGroup;

@Path("/api/v1/phases")
@Tag(name = "Phases", description = "The roadmap's value chain (verdikjede)")
@Produces(MediaType.APPLICATION_JSON)
public class PhaseResource {

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "listPhases", summary = "The value chain's five phases, in order", description = "Requires any role. " + RoadmapRuleTexts.MAJORITY)
    public List<PhaseDescription> list() {
        return Arrays.stream(Phase.values())
                .map(phase -> new PhaseDescription(phase, phase.number(), phase.label(), phase.isNational(),
                        DelayGroup.of(phase).indicatorId(), describe(phase)))
                .toList();
    }

    /** The roadmap's (chapter 1) description of each phase. */
    private static String describe(Phase phase) {
        return switch (phase) {
            case CONCEPT_MANDATE -> "Utredning av konsepter for løsning, som beslutningsunderlag før oppstart av nasjonal utvikling.";
            case DEVELOPMENT_LIMITED_TRIAL -> "Utvikling av nasjonal tjeneste/regler, inkludert vurdering av nytte og "
                    + "begrenset utprøving med relevante aktører.";
            case ADAPTATION_EXTENDED_TRIAL -> "Videreutvikling og utvidet utprøving, ofte tilpasning i ulike relevante "
                    + "journalløsninger for brukergrupper i helse- og omsorgssektoren.";
            case INTRODUCTION -> "Aktørene tar i bruk tjenesten, gjennom endring i virksomhetene med endrede "
                    + "arbeidsprosesser, opplæring og innføring av bruk.";
            case NEW_PRACTICE -> "Ny praksis i bruk betyr at aktørene har implementert den nye tjenesten. Her skjer "
                    + "realisering av nytte.";
        };
    }
}
