package no.ehelse.followup.roadmap.subgoals;

/** What the admin defines about a sub-goal; compared by value, so the same definition again changes nothing. */
record SubGoalDefinition(String goalId, String name, String description, String initiativeId) {

    static SubGoalDefinition of(SubGoalRequest request) {
        return new SubGoalDefinition(request.goalId(), request.name(), request.description(), request.initiativeId());
    }

    static SubGoalDefinition of(SubGoalEntity subGoal) {
        return new SubGoalDefinition(subGoal.goalId, subGoal.name, subGoal.description, subGoal.initiativeId);
    }

    void applyTo(SubGoalEntity subGoal) {
        subGoal.goalId = goalId;
        subGoal.name = name;
        subGoal.description = description;
        subGoal.initiativeId = initiativeId;
    }
}
