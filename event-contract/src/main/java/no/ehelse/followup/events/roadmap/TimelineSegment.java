package no.ehelse.followup.events.roadmap;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The planned period of one phase of a delivery. */
@Schema(name = "TimelineSegment", description = "The period planned for one phase: from the start of `from` to the end "
        + "of `to` (or of `from` alone). Periods are quarters such as 2025Q3, years, half-years, months or dates.")
public record TimelineSegment(
        Phase phase,
        @Schema(example = "2024Q2") String from,
        @Schema(example = "2026Q4") String to,
        Certainty certainty,
        @Schema(example = "Helse Vest planlegger videre innføring i regionen") String text,
        @Schema(description = "First day of the segment, derived from `from`", example = "2024-04-01") LocalDate start,
        @Schema(description = "Last day of the segment, derived from `to`", example = "2026-12-31") LocalDate end) {
}
