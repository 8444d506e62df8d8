package no.ehelse.followup.contract.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A roadmap sub-goal (delmål) as published in roadmap events. */
@Schema(name = "SubGoal", description = "A delmål of the roadmap; ids look like initiative ids but are a separate namespace.")
public record SubGoal(
        @Schema(example = "2.B") String id,
        @Schema(example = "2") String goalId,
        @Schema(example = "Pasientens legemiddelliste") String name,
        String description,
        @Schema(example = "1") long version) {
}
