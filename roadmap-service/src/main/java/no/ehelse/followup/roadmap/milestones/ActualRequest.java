package no.ehelse.followup.roadmap.milestones;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActualRequest", description = "The date a milestone was reached.")
public record ActualRequest(
        @NotNull @Schema(description = "Not in the future", example = "2024-03-31") LocalDate actualDate,
        @Size(max = 2000) @Schema(description = "Required when correcting an actual date already recorded") String reason,
        @Schema(description = "true when the milestone is known to be reached but not on which day (the text says it is "
                + "done, not when): actualDate is then the latest day it can have been; absent means the day is known")
        Boolean dayUnknown) {

    boolean isDayUnknown() {
        return Boolean.TRUE.equals(dayUnknown);
    }
}
