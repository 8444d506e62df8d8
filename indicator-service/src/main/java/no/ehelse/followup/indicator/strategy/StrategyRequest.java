package no.ehelse.followup.indicator.strategy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StrategyRequest", description = "The strategy as the admin defines it.")
public record StrategyRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Nasjonal e-helsestrategi 2023–2030") String name,
        @NotBlank @Size(max = 2000) @Schema(description = "Its vision (visjon), as the strategy words it",
                example = "Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring") String vision,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2023") Integer fromYear,
        @NotNull @Min(2000) @Max(2100) @Schema(description = "Not before fromYear", example = "2030") Integer toYear) {
}
