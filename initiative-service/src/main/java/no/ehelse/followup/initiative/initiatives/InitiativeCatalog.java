package no.ehelse.followup.initiative.initiatives;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import no.ehelse.followup.contract.api.WriteOutcome;
import no.ehelse.followup.contract.initiative.Initiative;
import no.ehelse.followup.contract.initiative.InitiativeEvents;
import no.ehelse.followup.contract.initiative.Lifecycle;
import no.ehelse.followup.contract.outbox.EventOutbox;
import no.ehelse.followup.contract.problem.Problem.FieldError;
import no.ehelse.followup.contract.problem.ProblemException;
import no.ehelse.followup.contract.problem.FieldProblems;
import no.ehelse.followup.contract.initiative.followup.ReportingCalendar;

/** Defines and reads initiatives; every change is an event through the outbox. */
@ApplicationScoped
public class InitiativeCatalog {

    public record Written(Initiative initiative, WriteOutcome outcome) {
    }

    @Inject
    EventOutbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    ReportingCalendar calendar;

    @Inject
    Clock clock;

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
        List<FieldError> errors = new ArrayList<>(InitiativeRules.check(id, request, calendar.today()));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        InitiativeDefinition definition = InitiativeDefinition.of(request);
        InitiativeEntity initiative = InitiativeEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        String eventType;
        WriteOutcome outcome;
        if (initiative == null) {
            initiative = new InitiativeEntity();
            initiative.id = id;
            initiative.definedAt = now;
            initiative.lifecycleChangedAt = now;
            eventType = InitiativeEvents.INITIATIVE_DEFINED;
            outcome = WriteOutcome.CREATED;
        } else if (definition.equals(InitiativeDefinition.of(initiative))) {
            return new Written(initiative.toInitiative(), WriteOutcome.UNCHANGED);
        } else if (initiative.lifecycle != definition.lifecycle()) {
            checkTransition(initiative.lifecycle, definition.lifecycle());
            initiative.lifecycleChangedAt = now;
            eventType = InitiativeEvents.INITIATIVE_LIFECYCLE_CHANGED;
            outcome = WriteOutcome.UPDATED;
        } else {
            eventType = InitiativeEvents.INITIATIVE_CHANGED;
            outcome = WriteOutcome.UPDATED;
        }
        definition.applyTo(initiative);
        initiative.version++;
        initiative.persist();
        flush(id);
        Initiative state = initiative.toInitiative();
        outbox.append(InitiativeEvents.INITIATIVE, id, state.version(), eventType, InitiativeEvents.SCHEMA_VERSION, state);
        return new Written(state, outcome);
    }

    /** Once started, an initiative is never merely proposed again; it may be completed, stopped or resumed. */
    private static void checkTransition(Lifecycle from, Lifecycle to) {
        if (to == Lifecycle.PROPOSED) {
            throw FieldProblems.conflict("lifecycle", "the initiative is " + from + "; once started it cannot be PROPOSED "
                    + "again (STOPPED ends it, ACTIVE resumes it)");
        }
    }

    /** Two first definitions of one id at once: the second gets a 409 instead of an error at commit. */
    private void flush(String id) {
        try {
            entityManager.flush();
        } catch (ConstraintViolationException e) {
            if (!"initiative_pkey".equalsIgnoreCase(e.getConstraintName())) {
                throw e;
            }
            throw ProblemException.conflict("Initiative " + id + " was defined at the same time; send it again");
        }
    }
}
