package no.ehelse.followup.initiative.initiatives;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;


import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.initiative.Lifecycle;
import no.ehelse.followup.platform.aggregate.Definitions;
import no.ehelse.followup.platform.aggregate.Definitions.Upsert;
import no.ehelse.followup.platform.outbox.EventOutbox;
import no.ehelse.followup.platform.problem.FieldProblems;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.platform.web.WriteOutcome;

/** Defines and reads initiatives; every change is an event through the outbox. */
@ApplicationScoped
public class InitiativeCatalog {

    public record Written(Initiative initiative, WriteOutcome outcome) {
    }

    @Inject
    EventOutbox outbox;

    @Inject
    Definitions definitions;

    @Inject
    Today today;

    public Initiative get(String id) {
        return find(id).toInitiative();
    }

    public InitiativeEntity find(String id) {
        return InitiativeEntity.<InitiativeEntity> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Initiative " + id));
    }

    /** Locks the initiative for the rest of the transaction: its writers, and those of its status reports, queue up. */
    public InitiativeEntity lock(String id) {
        InitiativeEntity initiative = InitiativeEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (initiative == null) {
            throw ProblemException.notFound("Initiative " + id);
        }
        return initiative;
    }

    /** Initiatives in id order (1.A … 5.E), of one goal and in one lifecycle when these are given. */
    public List<Initiative> list(String goalId, Lifecycle lifecycle) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (goalId != null) {
            query.append(" and goalId = :goal");
            parameters.and("goal", goalId);
        }
        if (lifecycle != null) {
            query.append(" and lifecycle = :lifecycle");
            parameters.and("lifecycle", lifecycle);
        }
        return InitiativeEntity.<InitiativeEntity> find(query.toString(), Sort.by("id"), parameters).stream()
                .map(InitiativeEntity::toInitiative)
                .toList();
    }

    @Transactional
    public Written define(String id, InitiativeRequest request) {
        List<FieldError> errors = new ArrayList<>(InitiativeRules.check(id, request, today.date()));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        InitiativeDefinition definition = InitiativeDefinition.of(request);
        Instant now = today.now();
        Upsert<InitiativeEntity> upsert = definitions.upsert(InitiativeEvents.INITIATIVE, id,
                () -> InitiativeEntity.findById(id, LockModeType.PESSIMISTIC_WRITE), () -> InitiativeEntity.create(id, now), InitiativeDefinition::of,
                definition);
        InitiativeEntity initiative = upsert.aggregate();
        if (upsert.unchanged()) {
            return new Written(initiative.toInitiative(), WriteOutcome.UNCHANGED);
        }
        String eventType;
        if (upsert.created()) {
            eventType = InitiativeEvents.INITIATIVE_DEFINED;
        } else if (initiative.lifecycle != definition.lifecycle()) {
            checkTransition(initiative.lifecycle, definition.lifecycle());
            initiative.lifecycleChangedAt = now;
            eventType = InitiativeEvents.INITIATIVE_LIFECYCLE_CHANGED;
        } else {
            eventType = InitiativeEvents.INITIATIVE_CHANGED;
        }
        definition.applyTo(initiative);
        initiative.version++;
        initiative.persist();
        Initiative state = initiative.toInitiative();
        outbox.append(InitiativeEvents.INITIATIVE, id, state.version(), eventType, InitiativeEvents.SCHEMA_VERSION, state);
        return new Written(state, upsert.outcome());
    }

    /** Once started, an initiative is never merely proposed again; it may be completed, stopped or resumed. */
    private static void checkTransition(Lifecycle from, Lifecycle to) {
        if (to == Lifecycle.PROPOSED) {
            throw FieldProblems.conflict("lifecycle", "the initiative is " + from + "; once started it cannot be PROPOSED "
                    + "again (STOPPED ends it, ACTIVE resumes it)");
        }
    }
}
