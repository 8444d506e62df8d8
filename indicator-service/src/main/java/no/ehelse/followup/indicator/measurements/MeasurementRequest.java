package no.ehelse.followup.indicator.measurements;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementRequest", description = "A measurement as an organisation reports it. The reporter is "
        + "the organisation in the access token.")
public record MeasurementRequest(
        @NotBlank @Schema(description = "2024, 2024S1, 2024Q3, 2024-09 or 2024-09-15", example = "2024Q3") String period,
        @NotNull @Schema(example = "240") BigDecimal value,
        @Schema(example = "240") BigDecimal numerator,
        @Schema(example = "356") BigDecimal denominator,
        @Size(max = 500) @Schema(example = "NHN, innføringsstatistikk for kjernejournal") String source,
        @Size(max = 2000) String methodNote) {
}
