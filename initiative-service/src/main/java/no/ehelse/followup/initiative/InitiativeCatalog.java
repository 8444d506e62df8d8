package no.ehelse.followup.initiative;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.contract.api.WriteOutcome;
import no.ehelse.followup.contract.initiative.Initiative;
import no.ehelse.followup.contract.initiative.InitiativeEvents;
import no.ehelse.followup.contract.outbox.EventOutbox;
import no.ehelse.followup.contract.problem.ProblemException;

/** Defines and reads initiatives; every change is an event through the outbox. */
@ApplicationScoped
public class InitiativeCatalog {

    public record Written(Initiative initiative, WriteOutcome outcome) {
    }

    @Inject
    EventOutbox outbox;

    public List<Initiative> list() {
        return InitiativeEntity.<InitiativeEntity> listAll(Sort.by("id")).stream().map(InitiativeEntity::toInitiative).toList();
    }

    public Initiative get(String id) {
        return InitiativeEntity.<InitiativeEntity> findByIdOptional(id).map(InitiativeEntity::toInitiative)
                .orElseThrow(() -> ProblemException.notFound("Initiative " + id));
    }

    @Transactional
    public Written define(String id, InitiativeRequest request) {
        if (!id.startsWith(request.goalId() + ".")) {
            throw ProblemException.invalid("goalId", "initiative " + id + " belongs to goal " + id.charAt(0));
        }
        InitiativeEntity initiative = InitiativeEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        WriteOutcome outcome = initiative == null ? WriteOutcome.CREATED : WriteOutcome.UPDATED;
        if (initiative == null) {
            initiative = new InitiativeEntity();
            initiative.id = id;
        } else if (initiative.goalId.equals(request.goalId()) && initiative.name.equals(request.name())
                && Objects.equals(initiative.description, request.description())) {
            return new Written(initiative.toInitiative(), WriteOutcome.UNCHANGED);
        }
        initiative.goalId = request.goalId();
        initiative.name = request.name();
        initiative.description = request.description();
        initiative.version++;
        initiative.persist();
        Initiative state = initiative.toInitiative();
        outbox.append(InitiativeEvents.INITIATIVE, id, state.version(),
                outcome == WriteOutcome.CREATED ? InitiativeEvents.INITIATIVE_DEFINED : InitiativeEvents.INITIATIVE_CHANGED,
                InitiativeEvents.SCHEMA_VERSION, state);
        return new Written(state, outcome);
    }
}
