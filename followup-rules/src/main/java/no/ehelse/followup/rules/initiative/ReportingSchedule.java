package no.ehelse.followup.rules.initiative;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "ReportingSchedule", description = "The initiative's reporting calendar as of today. " + RuleTexts.OVERDUE)
public record ReportingSchedule(
        @Schema(description = "Only an ACTIVE initiative expects status reports") boolean expectsReports,
        @Schema(description = "Reports are expected for the periods that end on or after this day: the later of startDate and "
                + "the day the initiative became ACTIVE here; null when it expects none", example = "2025-03-10")
        LocalDate reportingFrom,
        @Schema(description = "The latest period of the cadence whose deadline has passed", example = "2025T2")
        String lastClosedPeriod,
        @Schema(example = "2025-09-30") LocalDate lastClosedDeadline,
        @Schema(description = "The period whose report is due next", example = "2025T3") String nextPeriod,
        @Schema(example = "2026-01-30") LocalDate nextDeadline,
        @Schema(description = "At least one owner's report is overdue") boolean overdue,
        List<OverdueReport> overdueReports) {
}
