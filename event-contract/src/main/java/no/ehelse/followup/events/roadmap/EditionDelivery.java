package no.ehelse.followup.events.roadmap;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivery as an edition froze it: the plan, not the reports behind it. */
@Schema(name = "EditionDelivery", description = "A delivery as it stood when the edition was frozen.")
public record EditionDelivery(
        @Schema(example = "pasientens-legemiddelliste") String id,
        @Schema(example = "2.B") String subGoalId,
        @Schema(example = "Pasientens legemiddelliste") String name,
        boolean prioritised,
        Integer priorityRank,
        Phase phase,
        List<TimelineSegment> timeline,
        List<EditionMilestone> milestones) {
}
