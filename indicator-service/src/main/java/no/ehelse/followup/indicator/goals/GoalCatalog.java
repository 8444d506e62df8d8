package no.ehelse.followup.indicator.goals;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.ehelse.followup.events.indicator.Goal;
import no.ehelse.followup.events.indicator.GoalKind;
import no.ehelse.followup.events.indicator.IndicatorEvents;
import no.ehelse.followup.platform.aggregate.Definitions;
import no.ehelse.followup.platform.aggregate.Definitions.Upsert;
import no.ehelse.followup.platform.outbox.EventOutbox;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.web.WriteOutcome;

/** Defines and reads the strategy's goals; every change is an event through the outbox. */
@ApplicationScoped
public class GoalCatalog {

    public record Written(Goal goal, WriteOutcome outcome) {
    }

    @Inject
    EventOutbox outbox;

    @Inject
    Definitions definitions;

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
        if (expected == GoalKind.OVERARCHING && request.benefit() != null) {
            throw ProblemException.invalid("benefit", "is for the strategic goals; an overarching goal has none");
        }
        GoalDefinition definition = GoalDefinition.of(request);
        Upsert<GoalEntity> upsert = definitions.upsert(IndicatorEvents.GOAL, id, () -> GoalEntity.findById(id),
                () -> GoalEntity.create(id), GoalDefinition::of, definition);
        GoalEntity goal = upsert.aggregate();
        if (upsert.unchanged()) {
            return new Written(goal.toGoal(), WriteOutcome.UNCHANGED);
        }
        definition.applyTo(goal);
        goal.version++;
        goal.persist();
        Goal state = goal.toGoal();
        outbox.append(IndicatorEvents.GOAL, id, state.version(),
                upsert.created() ? IndicatorEvents.GOAL_DEFINED : IndicatorEvents.GOAL_CHANGED,
                IndicatorEvents.SCHEMA_VERSION, state);
        return new Written(state, upsert.outcome());
    }
}
