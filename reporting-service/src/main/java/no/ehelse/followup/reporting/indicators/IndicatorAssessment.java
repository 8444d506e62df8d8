package no.ehelse.followup.reporting.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.indicator.TargetKind;

/** Whether an indicator is on track towards its next target, by the rules in {@link IndicatorAssessor}. */
@Schema(name = "IndicatorAssessment")
public record IndicatorAssessment(
        Classification classification,
        @Schema(description = "The value progress is measured from: the plan's baseline, or the first measurement "
                + "when the plan gives no number", example = "147") BigDecimal baseline,
        @Schema(description = "When the baseline was measured", example = "2022-11-29") LocalDate baselineDate,
        AssessedTarget target,
        @Schema(description = "Share of the distance from baseline to target covered by the latest value (1 = reached)",
                example = "0.45") BigDecimal progress,
        @Schema(description = "Share of the distance that a linear path from baseline to target would have covered "
                + "today", example = "0.62") BigDecimal expectedProgress,
        Trend trend,
        @Schema(description = "The latest measurement of each of the last five measured periods, oldest first") List<IndicatorFollowUp.MeasuredValue> recent) {

    public enum Classification {
        ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA, NO_TARGET,
        /** Only the baseline is measured: "Venter på ny måling". */
        AWAITING_MEASUREMENT
    }

    /** The direction of the last change, in terms of the indicator's direction. */
    public enum Trend {
        IMPROVING, WORSENING, STABLE, UNKNOWN
    }

    @Schema(name = "AssessedTarget", description = "The target assessed against, with its value resolved")
    public record AssessedTarget(
            @Schema(example = "2025") Integer year,
            LocalDate deadline,
            @Schema(description = "The deadline, or the end of the target year", example = "2025-12-31") LocalDate due,
            TargetKind kind,
            @Schema(description = "The target as a value of the indicator: a relative change applied to the baseline, "
                    + "n of a total as n", example = "356") BigDecimal value,
            @Schema(example = "356/356") String text) {
    }
}
