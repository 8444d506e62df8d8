package no.ehelse.followup.events.roadmap;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone as an edition froze it. */
@Schema(name = "EditionMilestone", description = "A milestone as it stood when the edition was frozen.")
public record EditionMilestone(
        @Schema(example = "sfm-legevakt") String id,
        String name,
        Phase phase,
        LocalDate baselineDate,
        LocalDate forecastDate,
        LocalDate actualDate) {
}
