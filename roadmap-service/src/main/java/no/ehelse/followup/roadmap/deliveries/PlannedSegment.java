package no.ehelse.followup.roadmap.deliveries;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.roadmap.Certainty;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.TimelineSegment;
import no.ehelse.followup.rules.period.ReportingPeriod;

/** The period planned for one phase, as the admin gives it and as it is stored. */
@Schema(name = "TimelineSegmentRequest", description = "The period planned for one phase: from the start of `from` to the "
        + "end of `to`, or of `from` alone when `to` is absent. Periods: a quarter 2025Q3, a year 2025, a half-year 2025S1, "
        + "a month 2025-09 or a date 2025-09-15.")
public record PlannedSegment(
        @NotNull Phase phase,
        @NotBlank @Size(max = 40) @Schema(example = "2024Q2") String from,
        @Size(max = 40) @Schema(example = "2026Q4") String to,
        @NotNull Certainty certainty,
        @Size(max = 2000) @Schema(example = "Helse Vest planlegger videre innføring i regionen") String text) {

    /** The periods written as ReportingPeriod writes them; call only after validation. */
    PlannedSegment normalised() {
        return new PlannedSegment(phase, ReportingPeriod.parse(from).toString(),
                to == null || to.isBlank() ? null : ReportingPeriod.parse(to).toString(), certainty, text);
    }

    public TimelineSegment toSegment() {
        return new TimelineSegment(phase, from, to, certainty, text, ReportingPeriod.parse(from).start(),
                ReportingPeriod.parse(to == null ? from : to).end());
    }
}
