package no.ehelse.followup.reporting.council;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.reporting.indicators.IndicatorAssessment.Classification;

@Schema(name = "SnapshotDifference", description = "What changed from one snapshot to a later one: since the last meeting.")
public record SnapshotDifference(UUID from, UUID to, List<MeasurementChange> newMeasurements,
        List<MeasurementChange> correctedMeasurements,
        @Schema(description = "Indicators whose classification changed") List<StatusChange> statusChanges,
        List<String> newIndicators,
        @Schema(description = "Initiatives whose derived status changed") List<InitiativeStatusChange> initiativeStatusChanges,
        @Schema(description = "Milestones significantly delayed now but not then (new milestones included)")
        List<DelayedMilestone> newlyDelayedMilestones,
        @Schema(description = "Deliveries whose phase changed; from is null for a delivery new on the roadmap")
        List<PhaseChange> phaseChanges) {

    @Schema(name = "MeasurementChange")
    public record MeasurementChange(@Schema(example = "4.2.1") String indicatorId, String indicatorName,
            @Schema(example = "2025Q3") String period, @Schema(example = "994598759") String reportedBy,
            BigDecimal previousValue, BigDecimal value) {
    }

    @Schema(name = "StatusChange")
    public record StatusChange(String indicatorId, String indicatorName, Classification from, Classification to) {
    }

    @Schema(name = "InitiativeStatusChange")
    public record InitiativeStatusChange(@Schema(example = "2.B") String initiativeId, String initiativeName,
            TrafficLight from, TrafficLight to) {
    }

    @Schema(name = "NewlyDelayedMilestone")
    public record DelayedMilestone(@Schema(example = "pasientens-legemiddelliste") String deliveryId, String deliveryName,
            String milestoneId, String milestoneName, @Schema(example = "181") long delayDays) {
    }

    @Schema(name = "PhaseChange")
    public record PhaseChange(@Schema(example = "pasientens-legemiddelliste") String deliveryId, String deliveryName,
            Phase from, Phase to) {
    }
}
