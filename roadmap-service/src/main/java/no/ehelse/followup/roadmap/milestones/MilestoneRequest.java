package no.ehelse.followup.roadmap.milestones;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.roadmap.Certainty;
import no.ehelse.followup.events.roadmap.Phase;

@Schema(name = "MilestoneRequest", description = "A milestone as the admin defines it from the approved plan. The dataset "
        + "loader's milestone maps as: date → baselineDate; reached → PUT …/actual with that date.")
public record MilestoneRequest(
        @Schema(description = "Optional; when given it must be the delivery in the path", example = "pasientens-legemiddelliste")
        String deliveryId,
        @NotBlank @Size(max = 500) @Schema(example = "SFM-versjon for legevakt ferdigstilt") String name,
        @Schema(description = "The phase it marks; fixed once defined. A milestone marks a phase, a deliverable or both")
        Phase phase,
        @Size(max = 500) @Schema(description = "The deliverable it marks, if any", example = "Sentral forskrivningsmodul for legevakt")
        String deliverable,
        @Size(max = 2000) @Schema(example = "Norsk helsenett SF skal per nåværende planer ferdigstille en versjon for legevakt i løpet av 2025")
        String text,
        @NotNull @Schema(description = "The date in the first approved plan; never changes once defined. Where the text "
                + "gives a period, its last day", example = "2025-12-31")
        LocalDate baselineDate,
        @Schema(description = "PLANNED (a plan: solid line) or TENTATIVE (an expectation or ambition: dashed line); "
                + "absent means PLANNED") Certainty certainty,
        @Schema(description = "Where the text gives a period rather than a day (\"i 2025/2026\"), its first day; "
                + "not after baselineDate", example = "2025-01-01") LocalDate earliestDate,
        @Size(max = 2000) @Schema(description = "A delay the text states without a new date; it counts as a delay of "
                + "the milestone's sub-goal in 5.2/5.3", example = "Leverandørenes integrasjon med SFM har også tatt lengre "
                + "tid enn planlagt, noe som forsinker utprøvingen av løsningen.") String statedDelay) {

    Certainty certaintyOrPlanned() {
        return certainty == null ? Certainty.PLANNED : certainty;
    }
}
