package no.ehelse.followup.indicator.goals;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.indicator.GoalBenefit;
import no.ehelse.followup.events.indicator.GoalKind;

@Schema(name = "GoalRequest", description = "A goal as the admin defines it.")
public record GoalRequest(
        @NotNull GoalKind kind,
        @NotBlank @Size(max = 300) @Schema(example = "Tilgjengelig informasjon og styrket samhandling") String name,
        @Size(max = 10000) String description,
        @Schema(description = "For a strategic goal: DIRECT (direkte nytte) or ENABLING (tilretteleggende); not for an "
                + "overarching goal") GoalBenefit benefit,
        @Size(max = 30) @Schema(description = "«Frem mot 2030 skal vi oppnå», each ambition as the strategy words it")
        List<@NotBlank @Size(max = 2000) String> ambitions) {
}
