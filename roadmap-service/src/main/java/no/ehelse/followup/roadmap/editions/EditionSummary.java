package no.ehelse.followup.roadmap.editions;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.roadmap.EditionStatus;

@Schema(name = "EditionSummary", description = "An edition without its deliveries.")
public record EditionSummary(
        @Schema(example = "1") long id,
        @Schema(example = "Veikart 2025") String name,
        @Schema(description = "APPROVED or UNDER_CONSIDERATION (then approvedBy and approvedOn are null)") EditionStatus status,
        @Schema(example = "Nasjonalt e-helseråd") String approvedBy,
        @Schema(example = "2025-06-30") LocalDate approvedOn,
        String description,
        Instant frozenAt,
        @Schema(example = "42") int deliveries) {
}
