package no.ehelse.followup.reporting.actors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.rules.initiative.LatestReport;
import no.ehelse.followup.rules.initiative.OverdueReport;

@Schema(name = "ActorStatus", description = "What an organisation (aktør) owns or reports, and what it has not reported "
        + "on time. " + ActorQueries.RULE)
public record ActorStatus(
        @Schema(example = "994598759") String organisationNumber,
        @Schema(description = "As the initiatives and deliveries name it; null when none does", example = "Norsk helsenett SF")
        String name,
        @Schema(description = "Indicators it is registered to report") List<ReportedIndicator> indicators,
        @Schema(description = "Initiatives it owns") List<OwnedInitiative> initiatives,
        @Schema(description = "Deliveries it owns nationally or participates in, by sub-goal and id: at most the first "
                + ActorQueries.LISTED + " (deliveryCount counts them all)") List<DeliveryRole> deliveries,
        @Schema(description = "The number of deliveries it owns nationally or participates in") int deliveryCount,
        @Schema(description = "Status reports past their deadline") List<OverdueReport> overdueReports,
        @Schema(description = "Deliveries whose planned phase 3 (Tilpasning og utvidet utprøving) or later has begun, without "
                + "a progress report from it, by sub-goal and id: at most the first " + ActorQueries.LISTED
                + " (missingProgressReportCount counts them all)") List<String> missingProgressReports,
        @Schema(description = "The number of deliveries missing a progress report from it") int missingProgressReportCount) {

    @Schema(name = "ReportedIndicator")
    public record ReportedIndicator(@Schema(example = "4.2.1") String indicatorId, String name,
            @Schema(description = "The latest period it reported; null before its first measurement", example = "2025Q3")
            String latestPeriod,
            Instant latestReportedAt) {
    }

    @Schema(name = "OwnedInitiative")
    public record OwnedInitiative(@Schema(example = "2.B") String initiativeId, String name,
            @Schema(description = "The initiative's derived status, from all its owners") TrafficLight currentStatus,
            @Schema(description = "This organisation's latest report; null before its first") LatestReport latestReport,
            boolean overdue) {
    }

    @Schema(name = "DeliveryRole")
    public record DeliveryRole(@Schema(example = "pasientens-legemiddelliste") String deliveryId, String name,
            @Schema(example = "2.B") String subGoalId, boolean nationalOwner, boolean participant,
            @Schema(description = "The delivery's phase") Phase deliveryPhase,
            @Schema(description = "The phase this organisation last reported; null when it has not") Phase reportedPhase,
            LocalDate reportedAsOf) {
    }
}
