package no.ehelse.followup.roadmap.editions;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An edition as the list and the comparison name it: what the edition event carries without its
 * frozen deliveries, which only {@code GET /api/v1/editions/{id}} returns.
 */
@Schema(name = "EditionSummary", description = "An edition without its deliveries.")
public record EditionSummary(
        @Schema(description = "The id to GET /api/v1/editions/{id} and compare with", example = "1") long id,
        @Schema(description = "Unique among editions", example = "Veikart 2025") String name,
        @Schema(description = "Who approved the edition", example = "Nasjonalt e-helseråd") String approvedBy,
        @Schema(description = "The day it was approved", example = "2025-06-30") LocalDate approvedOn,
        String description,
        @Schema(description = "When the roadmap was frozen as this edition") Instant frozenAt,
        @Schema(description = "How many deliveries it froze", example = "42") int deliveries) {
}
