package no.ehelse.followup.reporting.council;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.reporting.indicators.IndicatorAssessment.Classification;

@Schema(name = "SnapshotDifference", description = "What changed from one snapshot to a later one: since the last meeting.")
public record SnapshotDifference(UUID from, UUID to, List<MeasurementChange> newMeasurements,
        List<MeasurementChange> correctedMeasurements, List<StatusChange> statusChanges,
        List<String> newIndicators) {

    @Schema(name = "MeasurementChange")
    public record MeasurementChange(@Schema(example = "4.2.1") String indicatorId, String indicatorName,
            @Schema(example = "2025Q3") String period, @Schema(example = "994598759") String reportedBy,
            BigDecimal previousValue, BigDecimal value) {
    }

    @Schema(name = "StatusChange")
    public record StatusChange(String indicatorId, String indicatorName, Classification from, Classification to) {
    }
}
