package no.ehelse.followup.rules.initiative;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "OverdueReport", description = "A status report an owner has not submitted by its deadline. " + RuleTexts.OVERDUE)
public record OverdueReport(
        @Schema(example = "2.B") String initiativeId,
        @Schema(example = "Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)") String initiativeName,
        @Schema(description = "Organisation number of the owner expected to report; null for an initiative without owner "
                + "organisation numbers, whose status the admin registers (e.g. from the national portfolio)",
                example = "994598759") String owner,
        @Schema(example = "Norsk helsenett SF") String ownerName,
        @Schema(description = "The latest closed period without a report", example = "2025T2") String period,
        @Schema(description = "The last day the report for that period was due", example = "2025-09-30") LocalDate deadline,
        @Schema(description = "Every closed period without a report since the owner's latest report (or since reporting "
                + "began), oldest first", example = "[\"2025T1\", \"2025T2\"]") List<String> missingPeriods) {
}
