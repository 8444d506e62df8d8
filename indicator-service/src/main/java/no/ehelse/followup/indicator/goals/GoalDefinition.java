package no.ehelse.followup.indicator.goals;

import java.util.ArrayList;
import java.util.List;

import no.ehelse.followup.events.indicator.GoalBenefit;
import no.ehelse.followup.events.indicator.GoalKind;

/**
 * What the admin defines about a goal; compared by value, so the same definition again changes nothing
 * (no ambitions as an empty list, each ambition trimmed).
 */
record GoalDefinition(GoalKind kind, String name, String description, GoalBenefit benefit, List<String> ambitions) {

    static GoalDefinition of(GoalRequest request) {
        return new GoalDefinition(request.kind(), request.name(), request.description(), request.benefit(),
                request.ambitions() == null ? List.of() : request.ambitions().stream().map(String::strip).toList());
    }

    static GoalDefinition of(GoalEntity goal) {
        return new GoalDefinition(goal.kind, goal.name, goal.description, goal.benefit, List.copyOf(goal.ambitions));
    }

    void applyTo(GoalEntity goal) {
        goal.kind = kind;
        goal.name = name;
        goal.description = description;
        goal.benefit = benefit;
        goal.ambitions = new ArrayList<>(ambitions);
    }
}
