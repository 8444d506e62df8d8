package no.ehelse.followup.roadmap.editions;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.roadmap.EditionStatus;

@Schema(name = "EditionRequest", description = "Freezes today's roadmap as an edition: approved, or under consideration "
        + "in the council model.")
public record EditionRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Unique", example = "Veikart 2025") String name,
        @Size(max = 300) @Schema(description = "The body in the council model that approved it; required when APPROVED, "
                + "absent when UNDER_CONSIDERATION", example = "Nasjonalt e-helseråd") String approvedBy,
        @Schema(description = "Not in the future; required when APPROVED, absent when UNDER_CONSIDERATION",
                example = "2025-06-30") LocalDate approvedOn,
        @Schema(description = "APPROVED (absent means so) or UNDER_CONSIDERATION («Veikartet behandles i Rådsmodellen "
                + "i tredje kvartal 2025»): frozen as sent, never shown as approved") EditionStatus status,
        @Size(max = 2000) @Schema(example = "Veikart for nasjonal e-helsestrategi 2022–2028, behandlet i NUIT og godkjent "
                + "av Nasjonalt e-helseråd") String description) {

    EditionStatus statusOrApproved() {
        return status == null ? EditionStatus.APPROVED : status;
    }
}
