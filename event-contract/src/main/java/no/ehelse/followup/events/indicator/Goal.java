package no.ehelse.followup.events.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A goal of the strategy, as published in {@code GoalDefined} and {@code GoalChanged} events. */
@Schema(name = "Goal", description = "A goal (mål) of Nasjonal e-helsestrategi 2023–2030.")
public record Goal(
        @Schema(description = "`1`..`5` for the strategic goals, `O1`..`O3` for the overarching goals", example = "4")
        String id,
        GoalKind kind,
        @Schema(example = "Tilgjengelig informasjon og styrket samhandling")
        String name,
        String description,
        @Schema(description = "Increases with every change; the aggregate version of its events", example = "1")
        long version) {
}
