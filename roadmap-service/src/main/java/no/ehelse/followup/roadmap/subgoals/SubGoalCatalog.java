package no.ehelse.followup.roadmap.subgoals;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.events.roadmap.SubGoal;
import no.ehelse.followup.platform.aggregate.Definitions;
import no.ehelse.followup.platform.aggregate.Definitions.Upsert;
import no.ehelse.followup.platform.outbox.EventOutbox;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.web.WriteOutcome;

/** Defines and reads sub-goals; every change is an event through the outbox. */
@ApplicationScoped
public class SubGoalCatalog {

    public record Written(SubGoal subGoal, WriteOutcome outcome) {
    }

    @Inject
    EventOutbox outbox;

    @Inject
    Definitions definitions;

    public List<SubGoal> list(String goalId) {
        List<SubGoalEntity> subGoals = goalId == null ? SubGoalEntity.listAll(Sort.by("id"))
                : SubGoalEntity.list("goalId", Sort.by("id"), goalId);
        return subGoals.stream().map(SubGoalEntity::toSubGoal).toList();
    }

    public SubGoal get(String id) {
        return SubGoalEntity.<SubGoalEntity> findByIdOptional(id).map(SubGoalEntity::toSubGoal)
                .orElseThrow(() -> ProblemException.notFound("Sub-goal " + id));
    }

    @Transactional
    public Written define(String id, SubGoalRequest request) {
        if (!id.startsWith(request.goalId() + ".")) {
            throw ProblemException.invalid("goalId", "sub-goal " + id + " belongs to goal " + id.charAt(0));
        }
        SubGoalDefinition definition = SubGoalDefinition.of(request);
        Upsert<SubGoalEntity> upsert = definitions.upsert(RoadmapEvents.SUB_GOAL, id, () -> SubGoalEntity.findById(id),
                () -> SubGoalEntity.create(id), SubGoalDefinition::of, definition);
        SubGoalEntity subGoal = upsert.aggregate();
        if (upsert.unchanged()) {
            return new Written(subGoal.toSubGoal(), WriteOutcome.UNCHANGED);
        }
        definition.applyTo(subGoal);
        subGoal.version++;
        subGoal.persist();
        SubGoal state = subGoal.toSubGoal();
        outbox.append(RoadmapEvents.SUB_GOAL, id, state.version(),
                upsert.created() ? RoadmapEvents.SUB_GOAL_DEFINED : RoadmapEvents.SUB_GOAL_CHANGED,
                RoadmapEvents.SCHEMA_VERSION, state);
        return new Written(state, upsert.outcome());
    }
}
