package no.ehelse.followup.events.indicator;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Unit", description = "The indicator's unit (målenhet).")
public record Unit(
        UnitKind kind,
        @Schema(description = "The plan's own wording", example = "Andel kommuner")
        String label,
        @Schema(description = "What is counted", example = "kommuner")
        String countedEntity,
        @Schema(description = "For SHARE: the total the share is of, when known", example = "356")
        BigDecimal denominator,
        @Schema(example = "kommuner")
        String denominatorLabel) {
}
