package no.ehelse.followup.events.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone of a delivery with its baseline, forecast, actual date and delay. */
@Schema(name = "Milestone", description = "A milestone (milepæl). The baseline date is the date of the first approved "
        + "plan and never changes; delayDays = (actualDate, or else forecastDate) − baselineDate in days; a milestone is "
        + "significantly delayed when delayDays exceeds the configured threshold.")
public record Milestone(
        @Schema(example = "sfm-legevakt") String id,
        @Schema(example = "SFM-versjon for legevakt ferdigstilt") String name,
        @Schema(description = "The phase the milestone belongs to; decides whether it counts for indicator 5.2 "
                + "(phases 1–2) or 5.3 (phases 3–5)") Phase phase,
        @Schema(description = "The deliverable it marks, if it marks one", example = "Sentral forskrivningsmodul for legevakt")
        String deliverable,
        String text,
        @Schema(example = "2025-12-31") LocalDate baselineDate,
        @Schema(example = "2026-06-30") LocalDate forecastDate,
        @Schema(description = "When it was reached; null until then") LocalDate actualDate,
        boolean reached,
        @Schema(description = "(actualDate or forecastDate) − baselineDate, in days; negative when early", example = "181")
        long delayDays,
        @Schema(description = "delayDays exceeds the significant-delay threshold") boolean significantlyDelayed,
        Instant definedAt,
        @Schema(description = "Every forecast and actual-date change, oldest first") List<MilestoneChange> history,
        @Schema(description = "PLANNED (a plan, solid line) or TENTATIVE (an expectation or ambition, dashed line); "
                + "PLANNED when the plan does not say") Certainty certainty,
        @Schema(description = "The earliest date the text allows when it gives a period, not a day (baselineDate is "
                + "the latest); null when the text gives a day", example = "2025-01-01") LocalDate earliestDate,
        @Schema(description = "A delay the text states without a new date (a forecast would carry one); null when none",
                example = "Leverandørenes integrasjon med SFM har også tatt lengre tid enn planlagt")
        String statedDelay,
        @Schema(description = "true when it is known to be reached but not on which day: actualDate is then the latest "
                + "day it can have been; null until reached and in older events") Boolean actualDayUnknown) {

    /** A milestone as before unknown days: the day of an actual date is known. */
    public Milestone(String id, String name, Phase phase, String deliverable, String text, LocalDate baselineDate,
            LocalDate forecastDate, LocalDate actualDate, boolean reached, long delayDays, boolean significantlyDelayed,
            Instant definedAt, List<MilestoneChange> history, Certainty certainty, LocalDate earliestDate,
            String statedDelay) {
        this(id, name, phase, deliverable, text, baselineDate, forecastDate, actualDate, reached, delayDays,
                significantlyDelayed, definedAt, history, certainty, earliestDate, statedDelay, null);
    }

    /** A milestone as before certainty, date ranges and stated delays: planned, on a day, with none stated. */
    public Milestone(String id, String name, Phase phase, String deliverable, String text, LocalDate baselineDate,
            LocalDate forecastDate, LocalDate actualDate, boolean reached, long delayDays, boolean significantlyDelayed,
            Instant definedAt, List<MilestoneChange> history) {
        this(id, name, phase, deliverable, text, baselineDate, forecastDate, actualDate, reached, delayDays,
                significantlyDelayed, definedAt, history, Certainty.PLANNED, null, null, null);
    }
}
