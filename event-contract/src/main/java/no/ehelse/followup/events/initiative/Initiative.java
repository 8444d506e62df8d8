package no.ehelse.followup.events.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A strategic initiative (strategisk initiativ) of the plan for realisation as the admin defined it:
 * the payload of every event of the {@code initiative} aggregate. Status reports are an aggregate
 * of their own ({@link StatusReport}).
 */
@Schema(name = "Initiative", description = "A strategisk initiativ of Plan for realisering.")
public record Initiative(
        @Schema(example = "2.B") String id,
        @Schema(description = "The strategic goal (1–5) it belongs to", example = "2") String goalId,
        @Schema(example = "Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)") String name,
        @Schema(example = "Dekker PLL-programmet og pågående tilretteleggings- og innføringsprosjektene hos aktørene.")
        String description,
        @Schema(description = "Why it matters for the strategy (hvorfor er initiativet relevant)",
                example = "Rådsmodellen har sagt at dette er det viktigste nasjonale områdene. Har en varighet i hele strategiperioden")
        String rationale,
        StatusSource statusSource,
        @Schema(example = "SEVERAL") Ownership ownership,
        @Schema(description = "The owners (tiltakseiere); empty when the plan names none (\"Flere\", \"Under avklaring\")")
        List<Owner> owners,
        @Schema(description = "The plan's Tiltakseier text verbatim", example = "Flere") String ownerText,
        @Schema(description = "Related indicators (målindikatorer)", example = "[\"4.2.5\"]") List<String> relatedIndicatorIds,
        @Schema(description = "Related roadmap sub-goals (delmål); not initiative ids", example = "[\"2.B\"]")
        List<String> relatedSubGoalIds,
        @Schema(example = "ACTIVE") Lifecycle lifecycle,
        @Schema(description = "When the initiative started, or is planned to start", example = "2023-01-01") LocalDate startDate,
        @Schema(description = "When it ended (COMPLETED, STOPPED), or is planned to end", example = "2030-12-31") LocalDate endDate,
        @Schema(description = "When the initiative entered its current lifecycle in this service") Instant lifecycleChangedAt,
        @Schema(description = "How many status reports a year each owner is expected to submit: 1 (yearly), 2 (half-yearly), "
                + "3 (tertials, the national portfolio's cycle), 4 (quarterly) or 12 (monthly)", example = "3")
        int reportsPerYear,
        Instant definedAt,
        @Schema(description = "Increases with every change; the aggregate version of its events", example = "1") long version,
        @Schema(description = "Owners until a date, with who took over; only the current owners are asked for status")
        List<FormerOwner> formerOwners,
        @Schema(description = "The plan states no link between this initiative and the indicators: relatedIndicatorIds "
                + "were inferred from the texts, not stated; null in older events") Boolean relatedIndicatorsInferred) {

    /** An initiative as before former owners and inferred links: none former, links as stated. */
    public Initiative(String id, String goalId, String name, String description, String rationale,
            StatusSource statusSource, Ownership ownership, List<Owner> owners, String ownerText,
            List<String> relatedIndicatorIds, List<String> relatedSubGoalIds, Lifecycle lifecycle, LocalDate startDate,
            LocalDate endDate, Instant lifecycleChangedAt, int reportsPerYear, Instant definedAt, long version) {
        this(id, goalId, name, description, rationale, statusSource, ownership, owners, ownerText, relatedIndicatorIds,
                relatedSubGoalIds, lifecycle, startDate, endDate, lifecycleChangedAt, reportsPerYear, definedAt, version,
                List.of(), false);
    }
}
