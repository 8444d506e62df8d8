package no.ehelse.followup.roadmap.subgoals;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.contract.api.WriteOutcome;
import no.ehelse.followup.contract.outbox.EventOutbox;
import no.ehelse.followup.contract.problem.ProblemException;
import no.ehelse.followup.contract.roadmap.RoadmapEvents;
import no.ehelse.followup.contract.roadmap.SubGoal;

/** Defines and reads sub-goals; every change is an event through the outbox. */
@ApplicationScoped
public class SubGoalCatalog {

    public record Written(SubGoal subGoal, WriteOutcome outcome) {
    }

    @Inject
    EventOutbox outbox;

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
        SubGoalEntity subGoal = SubGoalEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        WriteOutcome outcome;
        if (subGoal == null) {
            subGoal = new SubGoalEntity();
            subGoal.id = id;
            outcome = WriteOutcome.CREATED;
        } else if (subGoal.goalId.equals(request.goalId()) && subGoal.name.equals(request.name())
                && Objects.equals(subGoal.description, request.description())
                && Objects.equals(subGoal.initiativeId, request.initiativeId())) {
            return new Written(subGoal.toSubGoal(), WriteOutcome.UNCHANGED);
        } else {
            outcome = WriteOutcome.UPDATED;
        }
        subGoal.goalId = request.goalId();
        subGoal.name = request.name();
        subGoal.description = request.description();
        subGoal.initiativeId = request.initiativeId();
        subGoal.version++;
        subGoal.persist();
        SubGoal state = subGoal.toSubGoal();
        outbox.append(RoadmapEvents.SUB_GOAL, id, state.version(),
                outcome == WriteOutcome.CREATED ? RoadmapEvents.SUB_GOAL_DEFINED : RoadmapEvents.SUB_GOAL_CHANGED,
                RoadmapEvents.SCHEMA_VERSION, state);
        return new Written(state, outcome);
    }
}
