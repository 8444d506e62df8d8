package no.ehelse.followup.contract.roadmap;

/** Event and aggregate types on {@code roadmap-events}. Payloads carry the aggregate's full state. */
public final class RoadmapEvents {

    public static final int SCHEMA_VERSION = 1;

    /** Payload {@link SubGoal}; aggregate id is the sub-goal id. */
    public static final String SUB_GOAL = "sub-goal";

    public static final String SUB_GOAL_DEFINED = "SubGoalDefined";
    public static final String SUB_GOAL_CHANGED = "SubGoalChanged";

    private RoadmapEvents() {
    }
}
