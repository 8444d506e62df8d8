package no.ehelse.followup.events.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A roadmap sub-goal (delmål) as published in roadmap events. */
@Schema(name = "SubGoal", description = "A delmål of the roadmap; ids look like initiative ids but are a separate namespace.")
public record SubGoal(
        @Schema(example = "2.B") String id,
        @Schema(example = "2") String goalId,
        @Schema(example = "Helsepersonell skal ha tilgang til en felles oppdatert legemiddelliste, Pasientens legemiddelliste (PLL)")
        String name,
        String description,
        @Schema(description = "The strategic initiative (strategisk initiativ) this sub-goal corresponds to, if any; "
                + "an id in initiative-service", example = "2.B")
        String initiativeId,
        @Schema(description = "Increases with every change; the aggregate version of its events", example = "1")
        long version) {
}
