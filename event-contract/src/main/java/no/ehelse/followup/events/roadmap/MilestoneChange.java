package no.ehelse.followup.events.roadmap;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.EventActor;

/** One change of a milestone's forecast or actual date: who, when and why. */
@Schema(name = "MilestoneChange", description = "A change of a milestone's forecast or actual date.")
public record MilestoneChange(
        MilestoneChangeKind kind,
        @Schema(description = "The new date", example = "2026-06-30") LocalDate date,
        @Schema(description = "The date before the change", example = "2025-12-31") LocalDate previousDate,
        @Schema(example = "Leverandørenes integrasjon med SFM har tatt lengre tid enn planlagt") String reason,
        Instant changedAt,
        EventActor changedBy) {
}
