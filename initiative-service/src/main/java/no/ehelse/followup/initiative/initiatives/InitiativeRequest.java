package no.ehelse.followup.initiative.initiatives;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.initiative.Lifecycle;
import no.ehelse.followup.events.initiative.Ownership;

@Schema(name = "InitiativeRequest", description = "An initiative as the admin defines it (the dataset's initiative shape).")
public record InitiativeRequest(
        @Schema(description = "Optional; when given it must be the id in the path", example = "2.B") String id,
        @NotBlank @Schema(description = "The strategic goal: the first digit of the id", example = "2") String goalId,
        @NotBlank @Size(max = 500) @Schema(example = "Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)")
        String name,
        @Size(max = 10000) String description,
        @Size(max = 10000) @Schema(description = "Why the initiative matters for the strategy") String rationale,
        @NotNull @Valid StatusSourceRequest statusSource,
        @NotNull @Schema(description = "SETTLED needs at least one owner; UNDER_CLARIFICATION has none; SEVERAL any number")
        Ownership ownership,
        @Schema(description = "The owners; absent means none. Each with an organisation number reports its own status.")
        List<@NotNull @Valid OwnerRequest> owners,
        @Size(max = 2000) @Schema(description = "The plan's Tiltakseier text verbatim", example = "Flere") String ownerText,
        @Schema(description = "Indicator ids such as 4.2.5; duplicates are dropped") List<@NotNull String> relatedIndicatorIds,
        @Schema(description = "Roadmap sub-goal ids such as 2.B; duplicates are dropped") List<@NotNull String> relatedSubGoalIds,
        @NotNull Lifecycle lifecycle,
        @Schema(description = "Started (ACTIVE, COMPLETED, STOPPED: not in the future) or planned to start (PROPOSED)")
        LocalDate startDate,
        @Schema(description = "Ended (required for COMPLETED and STOPPED, not in the future) or planned to end") LocalDate endDate,
        @Schema(description = "Status reports expected per owner and year: 1, 2, 3 (tertials), 4 or 12; absent means 3",
                example = "3") Integer reportsPerYear,
        @Schema(description = "Owners until a date, with who took over; absent means none. Only the owners above are "
                + "asked for status reports.") List<@NotNull @Valid FormerOwnerRequest> formerOwners,
        @Schema(description = "true when the plan states no link to these indicators and they were inferred from the "
                + "texts; absent means false") Boolean relatedIndicatorsInferred) {

    /** Three a year: the national portfolio collects status every tertial. */
    static final int DEFAULT_REPORTS_PER_YEAR = 3;

    List<OwnerRequest> ownersOrEmpty() {
        return owners == null ? List.of() : owners;
    }

    List<String> relatedIndicatorIdsOrEmpty() {
        return relatedIndicatorIds == null ? List.of() : relatedIndicatorIds;
    }

    List<String> relatedSubGoalIdsOrEmpty() {
        return relatedSubGoalIds == null ? List.of() : relatedSubGoalIds;
    }

    List<FormerOwnerRequest> formerOwnersOrEmpty() {
        return formerOwners == null ? List.of() : formerOwners;
    }

    int reportsPerYearOrDefault() {
        return reportsPerYear == null ? DEFAULT_REPORTS_PER_YEAR : reportsPerYear;
    }
}
