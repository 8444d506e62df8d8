package no.ehelse.followup.events.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Target", description = "Måltall: a target for a year or a deadline.")
public record Target(
        @Schema(example = "2025") Integer year,
        @Schema(description = "An explicit deadline, when the plan gives one", example = "2024-12-31") LocalDate deadline,
        TargetKind kind,
        @Schema(example = "356") BigDecimal value,
        @Schema(description = "For N_OF_TOTAL: the total", example = "356") BigDecimal total,
        @Schema(description = "The plan's own text", example = "356/356") String text) {
}
