package no.ehelse.followup.events.indicator;

import java.util.List;

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
        long version,
        @Schema(description = "For a strategic goal: whether it gives direct benefit or enables the others; null for an "
                + "overarching goal and in older events") GoalBenefit benefit,
        @Schema(description = "What the strategy says we shall achieve towards 2030 («Frem mot 2030 skal vi oppnå»), "
                + "verbatim; empty when it says nothing, null in older events") List<String> ambitions) {

    /** A goal as before benefit and ambitions. */
    public Goal(String id, GoalKind kind, String name, String description, long version) {
        this(id, kind, name, description, version, null, null);
    }
}
