package no.ehelse.followup.roadmap.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.roadmap.Phase;

@Schema(name = "ProgressReport", description = "One entry of a delivery's progress history.")
public record ProgressReportView(
        @Schema(example = "17") long id,
        @Schema(description = "The participant's organisation number (or name, for an actor without one); for a national "
                + "phase, the national owner's", example = "983658725")
        String actor,
        @Schema(description = "A national phase (1–2) of the delivery as a whole, not one actor's own phase") boolean national,
        Phase phase,
        @Schema(description = "The actor's (or the national) phase before this report; null for the first") Phase previousPhase,
        @Schema(example = "2025-06-30") LocalDate asOf,
        @Schema(description = "Why it moved back; required for a move to an earlier phase") String reason,
        @Schema(example = "34") BigDecimal value,
        @Schema(example = "kommuner") String unit,
        String text,
        @Schema(description = "1, 2, 3 … within the actor's reports on the delivery (or the national phase's, whoever "
                + "its owner was), without gaps", example = "2") int revision,
        @Schema(description = "The actor's latest report") boolean current,
        Instant recordedAt,
        EventActor recordedBy) {
}
