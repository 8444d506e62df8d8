package no.ehelse.followup.reporting.roadmap;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import no.ehelse.followup.events.EventEnvelope;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Milestone;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.events.roadmap.SubGoal;
import no.ehelse.followup.reporting.consumer.AggregateProjector;
import no.ehelse.followup.reporting.consumer.PoisonEventException;

/**
 * Keeps sub-goals and deliveries from {@code roadmap-events}. Editions are the roadmap-service's
 * own comparison baseline and not part of the status view.
 */
@ApplicationScoped
public class RoadmapProjector extends AggregateProjector {

    public RoadmapProjector() {
        super(Set.of(RoadmapEvents.SUB_GOAL, RoadmapEvents.DELIVERY), List.of("sub_goal_view", "delivery_view"));
    }

    @Override
    public void apply(EventEnvelope event) {
        switch (event.aggregateType()) {
            case RoadmapEvents.SUB_GOAL -> subGoal(event, payloads.read(event, SubGoal.class));
            case RoadmapEvents.DELIVERY -> delivery(event, payloads.read(event, Delivery.class));
            default -> throw new IllegalArgumentException(event.aggregateType());
        }
    }

    private static void subGoal(EventEnvelope event, SubGoal subGoal) {
        if (subGoal.id() == null || subGoal.goalId() == null) {
            throw new PoisonEventException(event.type() + " without id or goalId", null);
        }
        SubGoalView view = SubGoalView.findById(subGoal.id());
        if (view == null) {
            view = new SubGoalView();
            view.id = subGoal.id();
        }
        view.goalId = subGoal.goalId();
        view.definition = subGoal;
        view.persist();
        DeliveryView.update("goalId = ?1 where subGoalId = ?2", subGoal.goalId(), subGoal.id());
    }

    private static void delivery(EventEnvelope event, Delivery delivery) {
        if (delivery.id() == null || delivery.subGoalId() == null || delivery.participants() == null
                || delivery.milestones() == null || delivery.timeline() == null) {
            throw new PoisonEventException(event.type() + " without id, subGoalId, participants, timeline or milestones",
                    null);
        }
        DeliveryView view = DeliveryView.findById(delivery.id());
        if (delivery.removedAt() != null) {
            if (view != null) {
                view.delete();
            }
            return;
        }
        if (view == null) {
            view = new DeliveryView();
            view.id = delivery.id();
        }
        view.subGoalId = delivery.subGoalId();
        view.goalId = SubGoalView.goalOf(delivery.subGoalId());
        view.state = delivery;
        view.phase = delivery.phase();
        view.significantlyDelayed = delivery.milestones().stream().anyMatch(Milestone::significantlyDelayed);
        view.hasMilestones = !delivery.milestones().isEmpty();
        DeliveryDelays.count(view);
        view.persist();
    }
}
