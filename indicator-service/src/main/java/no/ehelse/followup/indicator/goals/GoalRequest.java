package no.ehelse.followup.indicator.goals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.indicator.GoalKind;

@Schema(name = "GoalRequest", description = "A goal as the admin defines it.")
public record GoalRequest(
        @NotNull GoalKind kind,
        @NotBlank @Size(max = 300) @Schema(example = "Tilgjengelig informasjon og styrket samhandling") String name,
        @Size(max = 10000) String description) {
}
