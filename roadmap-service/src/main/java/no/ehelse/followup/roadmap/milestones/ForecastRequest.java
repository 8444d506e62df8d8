package no.ehelse.followup.roadmap.milestones;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ForecastRequest", description = "A new forecast date for a milestone, and why.")
public record ForecastRequest(
        @NotNull @Schema(example = "2026-06-30") LocalDate forecastDate,
        @NotBlank @Size(max = 2000)
        @Schema(example = "Leverandørenes integrasjon med SFM har tatt lengre tid enn planlagt") String reason) {
}
