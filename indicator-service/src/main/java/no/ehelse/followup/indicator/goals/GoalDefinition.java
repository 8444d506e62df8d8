package no.ehelse.followup.indicator.goals;

import no.ehelse.followup.events.indicator.GoalKind;

/** What the admin defines about a goal; compared by value, so the same definition again changes nothing. */
record GoalDefinition(GoalKind kind, String name, String description) {

    static GoalDefinition of(GoalRequest request) {
        return new GoalDefinition(request.kind(), request.name(), request.description());
    }

    static GoalDefinition of(GoalEntity goal) {
        return new GoalDefinition(goal.kind, goal.name, goal.description);
    }

    void applyTo(GoalEntity goal) {
        goal.kind = kind;
        goal.name = name;
        goal.description = description;
    }
}
