package no.ehelse.followup.contract.initiative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A strategic initiative (strategisk initiativ) as published in initiative events. */
@Schema(name = "Initiative", description = "A strategisk initiativ of the plan for realisation.")
public record Initiative(
        @Schema(example = "2.B") String id,
        @Schema(example = "2") String goalId,
        @Schema(example = "Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)") String name,
        String description,
        @Schema(example = "1") long version) {
}
