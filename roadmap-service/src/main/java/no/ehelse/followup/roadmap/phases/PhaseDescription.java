package no.ehelse.followup.roadmap.phases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.roadmap.Phase;

@Schema(name = "PhaseDescription", description = "A phase of the value chain with the roadmap's own words for it.")
public record PhaseDescription(
        Phase code,
        @Schema(example = "1") int number,
        @Schema(example = "Konsept/mandat") String name,
        @Schema(description = "Set for the delivery as a whole by its national owner (phases 1–2), or reported by each "
                + "participating actor (phases 3–5)") boolean national,
        @Schema(description = "Which delay indicator its milestones count for", example = "5.2") String delayIndicator,
        String description) {
}
