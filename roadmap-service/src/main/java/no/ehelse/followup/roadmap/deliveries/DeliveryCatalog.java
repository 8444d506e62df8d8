package no.ehelse.followup.roadmap.deliveries;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.platform.aggregate.AggregateLock;
import no.ehelse.followup.platform.problem.FieldProblems;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.platform.web.WriteOutcome;
import no.ehelse.followup.roadmap.Constraints;
import no.ehelse.followup.roadmap.progress.DeliveryPhases;
import no.ehelse.followup.roadmap.progress.ProgressLog;
import no.ehelse.followup.roadmap.subgoals.SubGoalEntity;

/** Defines, removes and reads deliveries; every change is an event through the outbox. */
@ApplicationScoped
public class DeliveryCatalog {

    public record Written(Delivery delivery, WriteOutcome outcome) {
    }

    /** The list's filters; null means any. */
    public record Filter(String subGoalId, String actor, Phase phase, Boolean prioritised, Boolean delayed) {
    }

    @Inject
    AggregateLock lock;

    @Inject
    DeliveryStates states;

    @Inject
    DeliveryPublisher publisher;

    @Inject
    DeliveryPhases phases;

    @Inject
    ProgressLog progress;

    @Inject
    EntityManager entityManager;

    @Inject
    Today today;

    public Delivery get(String id) {
        return states.state(DeliveryEntity.findActive(id));
    }

    /** Deliveries in the roadmap: prioritised ones first in the council model's order, then by sub-goal and id. */
    public List<Delivery> list(Filter filter) {
        StringBuilder query = new StringBuilder("removedAt is null");
        Parameters parameters = new Parameters();
        if (filter.phase() != null) {
            query.append(" and phase = :phase");
            parameters.and("phase", filter.phase());
        }
        if (filter.prioritised() != null) {
            query.append(" and prioritised = :prioritised");
            parameters.and("prioritised", filter.prioritised());
        }
        List<DeliveryEntity> deliveries = DeliveryEntity.<DeliveryEntity> find(query.toString(),
                Sort.by("subGoalId").and("id"), parameters).stream()
                .filter(delivery -> filter.subGoalId() == null || delivery.underSubGoals().contains(filter.subGoalId()))
                .filter(delivery -> filter.actor() == null || involves(delivery, filter.actor()))
                .sorted(Comparator.comparing((DeliveryEntity delivery) -> delivery.priorityRank,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return states.states(deliveries).stream()
                .filter(delivery -> filter.delayed() == null || delivery.significantlyDelayed() == filter.delayed())
                .toList();
    }

    /** The actor (organisation number or name) participates in or owns the delivery. */
    private static boolean involves(DeliveryEntity delivery, String actor) {
        return delivery.participant(actor).isPresent() || delivery.nationalOwner != null
                && (actor.equals(delivery.nationalOwner.organisationNumber()) || actor.equalsIgnoreCase(delivery.nationalOwner.name()));
    }

    @Transactional
    public Written define(String id, DeliveryRequest request) {
        lock.lock(RoadmapEvents.DELIVERY, id);
        DeliveryEntity delivery = DeliveryEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        List<FieldError> errors = new ArrayList<>(DeliveryRules.check(id, request, delivery));
        if (SubGoalEntity.findById(request.subGoalId()) == null) {
            errors.add(new FieldError("subGoalId", "no sub-goal " + request.subGoalId() + "; define it first"));
        }
        errors.addAll(prerequisiteErrors(id, request.prerequisitesOrEmpty()));
        errors.addAll(alsoUnderErrors(request));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (delivery != null && delivery.removedAt != null) {
            throw ProblemException.conflict("Delivery " + id + " was removed from the roadmap at " + delivery.removedAt
                    + "; ids are not reused, so editions and history stay unambiguous");
        }
        DeliveryDefinition definition = DeliveryDefinition.of(request);
        WriteOutcome outcome;
        Phase nationalPhase;
        if (delivery == null) {
            delivery = new DeliveryEntity();
            delivery.id = id;
            delivery.definedAt = today.now();
            nationalPhase = request.nationalPhase() != null ? request.nationalPhase() : Phase.CONCEPT_MANDATE;
            outcome = WriteOutcome.CREATED;
        } else {
            nationalPhase = request.nationalPhase() != null ? request.nationalPhase() : delivery.nationalPhase;
            if (definition.equals(DeliveryDefinition.of(delivery)) && delivery.nationalPhase == nationalPhase) {
                return new Written(states.state(delivery), WriteOutcome.UNCHANGED);
            }
            outcome = WriteOutcome.UPDATED;
        }
        if (definition.priorityRank() != null && DeliveryEntity.count("priorityRank = ?1 and removedAt is null and id <> ?2",
                definition.priorityRank(), id) > 0) {
            throw rankTaken(definition.priorityRank());
        }
        // A new delivery's CONCEPT_MANDATE is where it starts, not a report: only a phase the admin sets is
        // recorded (dated today), so dated reports of the national phases can still be loaded after it.
        boolean nationalPhaseChanges = request.nationalPhase() != null && delivery.nationalPhase != nationalPhase;
        definition.applyTo(delivery);
        delivery.nationalPhase = nationalPhase;
        phases.refresh(delivery);
        delivery.persist();
        Constraints.flush(entityManager, Map.of("delivery_priority_rank", () -> rankTaken(definition.priorityRank())));
        if (nationalPhaseChanges) {
            progress.append(id, new ProgressLog.Entry(delivery.nationalKey(), true, nationalPhase,
                    today.date(), null, null, null, null));
        }
        Delivery state = publisher.publish(delivery,
                outcome == WriteOutcome.CREATED ? RoadmapEvents.DELIVERY_DEFINED : RoadmapEvents.DELIVERY_CHANGED);
        return new Written(state, outcome);
    }

    /** Each sub-goal it is also under is defined, and none is its own: 400 naming {@code alsoUnderSubGoals[i]}. */
    private static List<FieldError> alsoUnderErrors(DeliveryRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<String> also = request.alsoUnderSubGoalsOrEmpty();
        for (int i = 0; i < also.size(); i++) {
            String subGoal = also.get(i).strip();
            String field = "alsoUnderSubGoals[" + i + "]";
            if (subGoal.equals(request.subGoalId())) {
                errors.add(new FieldError(field, "is the delivery's own sub-goal (subGoalId); list only the others"));
            } else if (SubGoalEntity.findById(subGoal) == null) {
                errors.add(new FieldError(field, "no sub-goal " + subGoal + "; define it first"));
            }
        }
        return errors;
    }

    /**
     * Each prerequisite is another delivery on the roadmap, and none depends on this one in turn (prerequisites
     * form no cycle): 400 naming {@code prerequisites[i]}.
     */
    private static List<FieldError> prerequisiteErrors(String id, List<String> prerequisites) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < prerequisites.size(); i++) {
            String field = "prerequisites[" + i + "]";
            String prerequisite = prerequisites.get(i).strip();
            if (prerequisite.equals(id)) {
                errors.add(new FieldError(field, "is this delivery itself"));
                continue;
            }
            DeliveryEntity other = DeliveryEntity.findById(prerequisite);
            if (other == null || other.removedAt != null) {
                errors.add(new FieldError(field, "no delivery " + prerequisite + " on the roadmap; define it first"));
                continue;
            }
            Deque<String> open = new ArrayDeque<>(other.prerequisites);
            Set<String> seen = new HashSet<>();
            while (!open.isEmpty()) {
                String next = open.pop();
                if (next.equals(id)) {
                    errors.add(new FieldError(field, prerequisite + " depends on " + id + " in turn; prerequisites "
                            + "cannot form a cycle"));
                    break;
                }
                DeliveryEntity further = seen.add(next) ? DeliveryEntity.findById(next) : null;
                if (further != null) {
                    open.addAll(further.prerequisites);
                }
            }
        }
        return errors;
    }

    @Transactional
    public void remove(String id) {
        DeliveryEntity delivery = DeliveryEntity.lockActive(id);
        delivery.removedAt = today.now();
        publisher.publish(delivery, RoadmapEvents.DELIVERY_REMOVED);
    }

    private static ProblemException rankTaken(int rank) {
        return FieldProblems.conflict("priorityRank", "rank " + rank + " belongs to another delivery; ranks are unique, "
                + "so free it there first");
    }
}
