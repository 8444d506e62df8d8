package no.ehelse.followup.events.initiative;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.EventActor;

/**
 * One revision of a status report: an owner's status on an initiative for a reporting period. A
 * correction is a new revision of the same (initiative, period, owner). The payload of every event
 * of the {@code status-report} aggregate.
 */
@Schema(name = "StatusReport", description = "A status report (statusrapport) on an initiative, by one owner for one period.")
public record StatusReport(
        @Schema(example = "2.B") String initiativeId,
        @Schema(description = "2025T2 (tertial), 2025Q3, 2025S1, 2025, 2025-09 or a date 2025-09-15", example = "2025T2")
        String period,
        @Schema(example = "2025-05-01") LocalDate periodStart,
        @Schema(description = "The report describes the status at the end of its period", example = "2025-08-31")
        LocalDate periodEnd,
        @Schema(description = "Organisation number of the owner the report is for", example = "994598759") String owner,
        @Schema(description = "The owner's name as the initiative lists it; null when the organisation reports without being a "
                + "listed owner (the follow-up itself, for initiatives without owner organisation numbers)",
                example = "Norsk helsenett SF") String ownerName,
        @Schema(example = "1") int revision,
        @Schema(description = "Whether this is the current revision", example = "true") boolean current,
        @Schema(example = "YELLOW") TrafficLight overallStatus,
        Assessments assessments,
        @Schema(example = "Innføringen i Helse Vest er fullført; Helse Nord forsinket i påvente av ny versjon av DIPS Arena.")
        String summary,
        @Schema(example = "Leverandørenes kapasitet til å levere PLL-funksjonalitet i tide.") String risks,
        @Schema(example = "Forskrift om PLL; ny versjon av DIPS Arena.") String dependencies,
        @Schema(example = "Utvidet utprøving i Helse Nord fra 2025T3.") String nextSteps,
        @Schema(description = "Progress in percent, 0–100", example = "40") Integer progressPercent,
        Instant submittedAt,
        @Schema(description = "The organisation and client that submitted it (the admin when it reported on an owner's behalf)")
        EventActor submittedBy) {
}
