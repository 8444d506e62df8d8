package no.ehelse.followup.indicator.measurements;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementRequest", description = "A measurement as an organisation reports it. The reporter is "
        + "the organisation in the access token.")
public record MeasurementRequest(
        @NotBlank @Schema(description = "2024, 2024S1, 2024Q3, 2024-09 or 2024-09-15; none starts before 1900",
                example = "2024Q3") String period,
        @NotNull @Schema(description = "At most 10^12 with six decimals; whole for counts and shares. With the counts "
                + "given, a count's or share's value is the numerator, a percent's is 100 · numerator / denominator "
                + "to the value's precision", example = "240") BigDecimal value,
        @Schema(description = "The count of the share (teller), whole", example = "240") BigDecimal numerator,
        @Schema(description = "The total the share is of (nevner), whole and positive", example = "356") BigDecimal denominator,
        @Size(max = 500) @Schema(example = "NHN, innføringsstatistikk for kjernejournal") String source,
        @Size(max = 2000) String methodNote) {
}
