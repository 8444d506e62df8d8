package no.ehelse.followup.roadmap.editions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.TimelineSegment;

@Schema(name = "EditionComparison", description = "Today's plans compared with an edition: what is new, what was "
        + "dropped, what slipped (later) and what moved otherwise. Unchanged items are not listed.")
public record EditionComparison(
        EditionSummary edition,
        Instant comparedAt,
        Summary summary,
        List<DeliveryChange> deliveries,
        List<PhaseChange> phaseChanges,
        List<TimelineChange> timeline,
        List<MilestoneShift> milestones) {

    /** What happened to an item since the edition. */
    @Schema(name = "Change", description = "NEW: not in the edition. DROPPED: in the edition, not today. SLIPPED: later "
            + "than in the edition. MOVED: changed otherwise (earlier, another start or another certainty).")
    public enum Change {
        NEW,
        DROPPED,
        SLIPPED,
        MOVED
    }

    @Schema(name = "ComparisonSummary", description = "How many deliveries, phase periods and milestones are in each category.")
    public record Summary(int added, int dropped, int slipped, int moved) {
    }

    @Schema(name = "DeliveryChange", description = "A delivery added to or dropped from the roadmap since the edition.")
    public record DeliveryChange(
            @Schema(example = "pasientens-legemiddelliste") String deliveryId,
            String name,
            @Schema(example = "2.B") String subGoalId,
            Change change) {
    }

    @Schema(name = "PhaseChange", description = "A delivery whose phase is not the one in the edition.")
    public record PhaseChange(String deliveryId, String name, Phase editionPhase, Phase currentPhase) {
    }

    @Schema(name = "TimelineChange", description = "A phase's planned period that differs from the edition's.")
    public record TimelineChange(
            String deliveryId,
            Phase phase,
            Change change,
            TimelineSegment edition,
            TimelineSegment current,
            @Schema(description = "current start − edition start, in days", example = "0") Long startShiftDays,
            @Schema(description = "current end − edition end, in days; positive when it slipped", example = "184")
            Long endShiftDays) {
    }

    @Schema(name = "MilestoneShift", description = "A milestone whose date (actual if reached, else forecast) differs from "
            + "the edition's.")
    public record MilestoneShift(
            String deliveryId,
            String milestoneId,
            String name,
            Change change,
            @Schema(example = "2025-12-31") LocalDate editionDate,
            @Schema(example = "2026-06-30") LocalDate currentDate,
            @Schema(description = "currentDate − editionDate, in days; positive when it slipped", example = "181")
            Long shiftDays) {
    }
}
