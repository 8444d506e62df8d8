package no.ehelse.followup.events.roadmap;

/**
 * Event and aggregate types on {@code roadmap-events} (JSON Schema: {@code schema/roadmap-events.schema.json}).
 * Payloads carry the aggregate's full state after the change, so a consumer needs only the latest
 * event of each aggregate.
 * <p>
 * The delivery aggregate includes its participants' latest progress, its phase by the majority rule
 * and its milestones with their delays: every change to any of them is an event of the delivery, in
 * version order. A consumer that keeps each version's payload can compute the delay shares behind
 * indicators 5.2 and 5.3 for any past date D from the latest payload of each delivery whose
 * {@code occurredAt} is before the end of D (Europe/Oslo), counting milestones by phase.
 */
public final class RoadmapEvents {

    public static final int SCHEMA_VERSION = 1;

    /** Payload {@link SubGoal}; aggregate id is the sub-goal id, e.g. {@code 2.B}. */
    public static final String SUB_GOAL = "sub-goal";
    /** Payload {@link Delivery}; aggregate id is the delivery id, e.g. {@code pasientens-legemiddelliste}. */
    public static final String DELIVERY = "delivery";
    /** Payload {@link Edition}; aggregate id is the edition id; its only event is version 1. */
    public static final String EDITION = "edition";

    public static final String SUB_GOAL_DEFINED = "SubGoalDefined";
    public static final String SUB_GOAL_CHANGED = "SubGoalChanged";

    /** The admin added the delivery to the roadmap. */
    public static final String DELIVERY_DEFINED = "DeliveryDefined";
    /** The admin changed its structure: sub-goal, names, owner, participants, priority, timeline or national phase. */
    public static final String DELIVERY_CHANGED = "DeliveryChanged";
    /** The admin dropped it from the roadmap; the payload is its last state with {@code removedAt} set. */
    public static final String DELIVERY_REMOVED = "DeliveryRemoved";
    /** A participant reported its phase, or the national owner set the national phase; see {@code phase}. */
    public static final String PROGRESS_REPORTED = "ProgressReported";
    /** The admin added a milestone (its baseline date is fixed from now on). */
    public static final String MILESTONE_DEFINED = "MilestoneDefined";
    /** The admin renamed or re-described a milestone. */
    public static final String MILESTONE_CHANGED = "MilestoneChanged";
    /** The admin dropped a milestone; it is no longer in the payload. */
    public static final String MILESTONE_REMOVED = "MilestoneRemoved";
    /** The national owner changed a milestone's forecast date, with a reason. */
    public static final String MILESTONE_FORECAST_CHANGED = "MilestoneForecastChanged";
    /** The national owner recorded (or corrected) the date a milestone was reached. */
    public static final String MILESTONE_REACHED = "MilestoneReached";

    /** The admin froze the roadmap as an approved edition. */
    public static final String EDITION_FROZEN = "EditionFrozen";

    private RoadmapEvents() {
    }
}
