package no.ehelse.followup.roadmap.editions;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EditionRequest", description = "Freezes today's roadmap as an approved edition.")
public record EditionRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Unique", example = "Veikart 2025") String name,
        @NotBlank @Size(max = 300) @Schema(description = "The body in the council model that approved it",
                example = "Nasjonalt e-helseråd") String approvedBy,
        @NotNull @Schema(description = "Not in the future", example = "2025-06-30") LocalDate approvedOn,
        @Size(max = 2000) @Schema(example = "Veikart for nasjonal e-helsestrategi 2022–2028, behandlet i NUIT og godkjent "
                + "av Nasjonalt e-helseråd") String description) {
}
