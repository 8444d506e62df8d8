package no.ehelse.followup.rules.initiative;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.initiative.TrafficLight;

@Schema(name = "CurrentStatus", description = "The initiative's status derived from its owners' latest reports, as of today. "
        + RuleTexts.DERIVED_STATUS)
public record CurrentStatus(
        @Schema(description = "The worst overall status among the counted reports; null when no report counts",
                example = "YELLOW") TrafficLight overallStatus,
        @Schema(description = "The latest period end among the counted reports", example = "2025-08-31") LocalDate asOf,
        @Schema(description = "Reports whose period ends before this day do not count", example = "2025-01-01")
        LocalDate countedFrom,
        @Schema(description = "Each owner's latest report, in the order the owners are listed (for an initiative without owner "
                + "organisation numbers: each reporting organisation's)") List<LatestReport> latestReports) {
}
