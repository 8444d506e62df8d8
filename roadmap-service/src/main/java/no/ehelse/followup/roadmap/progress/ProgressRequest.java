package no.ehelse.followup.roadmap.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.roadmap.Phase;

@Schema(name = "ProgressRequest", description = "A progress report (the dataset loader's progressFacts shape). An actor "
        + "reports its own phase from ADAPTATION_EXTENDED_TRIAL on; CONCEPT_MANDATE and DEVELOPMENT_LIMITED_TRIAL set the "
        + "delivery's national phase.")
public record ProgressRequest(
        @Schema(description = "Optional; when given it must be the delivery in the path", example = "pasientens-legemiddelliste")
        String deliveryId,
        @Size(max = 300)
        @Schema(description = "The participant reported for: its organisation number, or its name for an actor without "
                + "one. Absent: the calling organisation. A reporter may report only for its own organisation; the admin "
                + "for any participant. For a national phase: absent, or the national owner.", example = "983658725")
        String actor,
        @NotNull Phase phase,
        @Schema(description = "The date the report describes; absent means today. Not in the future, and not before the "
                + "actor's latest report.", example = "2025-06-30") LocalDate asOf,
        @Size(max = 2000) @Schema(description = "Required when the phase is earlier than the actor's current one")
        String reason,
        @Schema(description = "An optional figure behind the report", example = "34") BigDecimal value,
        @Size(max = 100) @Schema(example = "kommuner") String unit,
        @Size(max = 2000) @Schema(example = "34 kommuner i Midt-Norge benytter SFM gjennom Helseplattformen") String text) {
}
