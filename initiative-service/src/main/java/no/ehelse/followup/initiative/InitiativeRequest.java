package no.ehelse.followup.initiative;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InitiativeRequest", description = "An initiative as the admin defines it.")
public record InitiativeRequest(
        @NotBlank @Pattern(regexp = "[1-5]", message = "must be a strategic goal 1..5") @Schema(example = "2") String goalId,
        @NotBlank @Size(max = 500) String name,
        @Size(max = 10000) String description) {
}
