package no.ehelse.followup.roadmap.subgoals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubGoalRequest", description = "A sub-goal (delmål) as the admin defines it.")
public record SubGoalRequest(
        @NotBlank @Pattern(regexp = "[1-5]", message = "must be a strategic goal 1..5") @Schema(example = "2") String goalId,
        @NotBlank @Size(max = 500)
        @Schema(example = "Helsepersonell skal ha tilgang til en felles oppdatert legemiddelliste, Pasientens legemiddelliste (PLL)")
        String name,
        @Size(max = 10000) String description,
        @Pattern(regexp = "[1-5]\\.[A-Z]", message = "must be an initiative id such as 2.B")
        @Schema(description = "The corresponding strategic initiative in initiative-service, if any", example = "2.B")
        String initiativeId) {
}
