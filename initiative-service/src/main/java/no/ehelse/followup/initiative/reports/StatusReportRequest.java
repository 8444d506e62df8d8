package no.ehelse.followup.initiative.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.initiative.Assessments;
import no.ehelse.followup.events.initiative.TrafficLight;

@Schema(name = "StatusReportRequest", description = "A status report as an owner submits it. The owner is the organisation "
        + "in the access token; the admin names the owner it reports for.")
public record StatusReportRequest(
        @NotBlank @Schema(description = "A tertial 2025T2, a quarter 2025Q3, a half-year 2025S1, a year 2025, a month "
                + "2025-09 or a date 2025-09-15; not an interval, and not a period that has not begun", example = "2025T2")
        String period,
        @Schema(description = "Organisation number of the owner reported for. Absent: the calling organisation. Only the "
                + "admin reports for another owner.", example = "994598759") String owner,
        @NotNull @Schema(description = "GREEN on plan, YELLOW some deviation, RED substantial deviation", example = "YELLOW")
        TrafficLight overallStatus,
        @Schema(description = "Optional separate assessments") Assessments assessments,
        @Size(max = 4000) @Schema(description = "Required when overallStatus is YELLOW or RED: a deviation is explained",
                example = "Innføringen i Helse Vest er fullført; Helse Nord er forsinket i påvente av ny versjon av DIPS Arena.")
        String summary,
        @Size(max = 4000) @Schema(example = "Leverandørenes kapasitet til å levere PLL-funksjonalitet i tide.") String risks,
        @Size(max = 4000) @Schema(example = "Forskrift om pasientens legemiddelliste; ny versjon av DIPS Arena.")
        String dependencies,
        @Size(max = 4000) @Schema(example = "Utvidet utprøving i Helse Nord.") String nextSteps,
        @Min(0) @Max(100) @Schema(description = "0–100", example = "40") Integer progressPercent) {
}
