package no.ehelse.followup.indicator.goals;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import no.ehelse.followup.contract.api.WriteOutcome;
import no.ehelse.followup.contract.indicator.Goal;
import no.ehelse.followup.contract.indicator.GoalKind;
import no.ehelse.followup.contract.indicator.IndicatorEvents;
import no.ehelse.followup.contract.outbox.EventOutbox;
import no.ehelse.followup.contract.problem.ProblemException;

/** Defines and reads the strategy's goals; every change is an event through the outbox. */
@ApplicationScoped
public class GoalCatalog {

    public record Written(Goal goal, WriteOutcome outcome) {
    }

    @Inject
    EventOutbox outbox;

    public List<Goal> list() {
        return GoalEntity.<GoalEntity> listAll(io.quarkus.panache.common.Sort.by("id")).stream()
                .map(GoalEntity::toGoal).toList();
    }

    public Goal get(String id) {
        return GoalEntity.<GoalEntity> findByIdOptional(id).map(GoalEntity::toGoal)
                .orElseThrow(() -> ProblemException.notFound("Goal " + id));
    }

    @Transactional
    public Written define(String id, GoalRequest request) {
        GoalKind expected = id.startsWith("O") ? GoalKind.OVERARCHING : GoalKind.STRATEGIC;
        if (request.kind() != expected) {
            throw ProblemException.invalid("kind", "goal " + id + " is " + expected);
        }
        GoalEntity goal = GoalEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        WriteOutcome outcome;
        if (goal == null) {
            goal = new GoalEntity();
            goal.id = id;
            outcome = WriteOutcome.CREATED;
        } else if (goal.kind == request.kind() && goal.name.equals(request.name())
                && Objects.equals(goal.description, request.description())) {
            return new Written(goal.toGoal(), WriteOutcome.UNCHANGED);
        } else {
            outcome = WriteOutcome.UPDATED;
        }
        goal.kind = request.kind();
        goal.name = request.name();
        goal.description = request.description();
        goal.version++;
        goal.persist();
        Goal state = goal.toGoal();
        outbox.append(IndicatorEvents.GOAL, id, state.version(),
                outcome == WriteOutcome.CREATED ? IndicatorEvents.GOAL_DEFINED : IndicatorEvents.GOAL_CHANGED,
                IndicatorEvents.SCHEMA_VERSION, state);
        return new Written(state, outcome);
    }
}
