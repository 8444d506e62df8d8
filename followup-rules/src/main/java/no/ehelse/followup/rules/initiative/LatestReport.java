package no.ehelse.followup.rules.initiative;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.initiative.TrafficLight;

@Schema(name = "LatestReport", description = "An organisation's latest status report on the initiative: the current "
        + "revision of its report for the latest period.")
public record LatestReport(
        @Schema(example = "994598759") String owner,
        @Schema(example = "Norsk helsenett SF") String ownerName,
        @Schema(example = "2025T2") String period,
        @Schema(example = "2025-08-31") LocalDate periodEnd,
        @Schema(example = "YELLOW") TrafficLight overallStatus,
        @Schema(example = "40") Integer progressPercent,
        @Schema(example = "1") int revision,
        Instant submittedAt,
        @Schema(description = "false when the report is too old to count for the current status") boolean counted) {
}
