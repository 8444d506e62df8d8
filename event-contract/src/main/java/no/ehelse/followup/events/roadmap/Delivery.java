package no.ehelse.followup.events.roadmap;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.initiative.FormerOwner;

/**
 * A delivery (leveranse/aktivitet) of the roadmap with everything about it: structure, planned
 * timeline, participants with their latest progress, the phase by the majority rule, and its
 * milestones with their delays. The payload of every event of the {@code delivery} aggregate.
 */
@Schema(name = "Delivery", description = "A delivery (leveranse/aktivitet) of the roadmap. phase is majorityPhase when "
        + "more than half of the participating actors have reached a phase from ADAPTATION_EXTENDED_TRIAL on (an actor "
        + "without a report has not reached it; an actor has reached every phase up to the one it reported; exactly half "
        + "is not a majority); otherwise it is nationalPhase, set by the national owner.")
public record Delivery(
        @Schema(example = "pasientens-legemiddelliste") String id,
        @Schema(example = "2.B") String subGoalId,
        @Schema(example = "Pasientens legemiddelliste") String name,
        String description,
        @Schema(description = "The national owner, who drives phases 1–2 and keeps the milestones' forecasts and actual dates")
        Actor nationalOwner,
        List<Participant> participants,
        @Schema(description = "One of the council model's prioritised measures") boolean prioritised,
        @Schema(description = "1–5 in the council model's order; unique among deliveries", example = "1") Integer priorityRank,
        List<TimelineSegment> timeline,
        @Schema(description = "Phase 1–2 as the national owner set it") Phase nationalPhase,
        @Schema(description = "The highest phase from 3 on that more than half of the participants have reached; null when none")
        Phase majorityPhase,
        @Schema(description = "The phase the delivery is in: majorityPhase if there is one, else nationalPhase") Phase phase,
        List<Milestone> milestones,
        @Schema(description = "The threshold in days above which a delay is significant", example = "90")
        int significantDelayDays,
        @Schema(description = "At least one milestone is significantly delayed") boolean significantlyDelayed,
        Instant definedAt,
        @Schema(description = "Set when the delivery was dropped from the roadmap") Instant removedAt,
        @Schema(description = "Increases with every change; the aggregate version of its events", example = "1") long version,
        @Schema(description = "Set while the work is paused, with the roadmap's words for why; null when it is not",
                example = "Arbeid er satt på vent i påvente av nødvendige avklaringer.") String pausedReason,
        @Schema(description = "Owners beside the national owner, who leads: in collaboration with it (i samarbeid med); "
                + "empty when none, null in older events") List<Actor> coOwners,
        @Schema(description = "National owners it had until a date, and who took over, oldest first; empty when none, "
                + "null in older events") List<FormerOwner> formerOwners,
        @Schema(description = "Deliveries that must be in place for this one (forutsetninger), by id; empty when none, "
                + "null in older events", example = "[\"e-multidose\"]") List<String> prerequisites,
        @Schema(description = "Other sub-goals the roadmap places the delivery under besides its own (også under delmål), "
                + "by id; it is listed and its delays counted under each; empty when none, null in older events",
                example = "[\"1.A\", \"2.C\"]") List<String> alsoUnderSubGoals) {

    /** A delivery as before it could be under more than one sub-goal. */
    public Delivery(String id, String subGoalId, String name, String description, Actor nationalOwner,
            List<Participant> participants, boolean prioritised, Integer priorityRank, List<TimelineSegment> timeline,
            Phase nationalPhase, Phase majorityPhase, Phase phase, List<Milestone> milestones, int significantDelayDays,
            boolean significantlyDelayed, Instant definedAt, Instant removedAt, long version, String pausedReason,
            List<Actor> coOwners, List<FormerOwner> formerOwners, List<String> prerequisites) {
        this(id, subGoalId, name, description, nationalOwner, participants, prioritised, priorityRank, timeline,
                nationalPhase, majorityPhase, phase, milestones, significantDelayDays, significantlyDelayed, definedAt,
                removedAt, version, pausedReason, coOwners, formerOwners, prerequisites, null);
    }

    /** The sub-goals the delivery is under: its own first, then the others. */
    public List<String> underSubGoals() {
        return underSubGoals(subGoalId, alsoUnderSubGoals);
    }

    /** The sub-goals a delivery is under: its own first, then those it is also under (null in older events). */
    public static List<String> underSubGoals(String subGoalId, List<String> alsoUnderSubGoals) {
        if (alsoUnderSubGoals == null || alsoUnderSubGoals.isEmpty()) {
            return List.of(subGoalId);
        }
        List<String> under = new java.util.ArrayList<>(alsoUnderSubGoals.size() + 1);
        under.add(subGoalId);
        under.addAll(alsoUnderSubGoals);
        return List.copyOf(under);
    }

    /** A delivery as before prerequisites. */
    public Delivery(String id, String subGoalId, String name, String description, Actor nationalOwner,
            List<Participant> participants, boolean prioritised, Integer priorityRank, List<TimelineSegment> timeline,
            Phase nationalPhase, Phase majorityPhase, Phase phase, List<Milestone> milestones, int significantDelayDays,
            boolean significantlyDelayed, Instant definedAt, Instant removedAt, long version, String pausedReason,
            List<Actor> coOwners, List<FormerOwner> formerOwners) {
        this(id, subGoalId, name, description, nationalOwner, participants, prioritised, priorityRank, timeline,
                nationalPhase, majorityPhase, phase, milestones, significantDelayDays, significantlyDelayed, definedAt,
                removedAt, version, pausedReason, coOwners, formerOwners, null, null);
    }

    /** A delivery as before co-owners and former owners: the national owner alone, always. */
    public Delivery(String id, String subGoalId, String name, String description, Actor nationalOwner,
            List<Participant> participants, boolean prioritised, Integer priorityRank, List<TimelineSegment> timeline,
            Phase nationalPhase, Phase majorityPhase, Phase phase, List<Milestone> milestones, int significantDelayDays,
            boolean significantlyDelayed, Instant definedAt, Instant removedAt, long version, String pausedReason) {
        this(id, subGoalId, name, description, nationalOwner, participants, prioritised, priorityRank, timeline,
                nationalPhase, majorityPhase, phase, milestones, significantDelayDays, significantlyDelayed, definedAt,
                removedAt, version, pausedReason, null, null, null, null);
    }

    /** A delivery as before the paused state: not paused. */
    public Delivery(String id, String subGoalId, String name, String description, Actor nationalOwner,
            List<Participant> participants, boolean prioritised, Integer priorityRank, List<TimelineSegment> timeline,
            Phase nationalPhase, Phase majorityPhase, Phase phase, List<Milestone> milestones, int significantDelayDays,
            boolean significantlyDelayed, Instant definedAt, Instant removedAt, long version) {
        this(id, subGoalId, name, description, nationalOwner, participants, prioritised, priorityRank, timeline,
                nationalPhase, majorityPhase, phase, milestones, significantDelayDays, significantlyDelayed, definedAt,
                removedAt, version, null, null, null, null, null);
    }
}
