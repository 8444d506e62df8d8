package no.ehelse.followup.indicator.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.indicator.Indicator;
import no.ehelse.followup.events.indicator.IndicatorEvents;
import no.ehelse.followup.events.indicator.IndicatorStatus;
import no.ehelse.followup.events.indicator.IndicatorType;
import no.ehelse.followup.indicator.goals.GoalEntity;
import no.ehelse.followup.platform.aggregate.AggregateLock;
import no.ehelse.followup.platform.aggregate.Definitions;
import no.ehelse.followup.platform.aggregate.Definitions.Upsert;
import no.ehelse.followup.platform.outbox.EventOutbox;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.web.WriteOutcome;

/** Defines and reads indicators; every change is an event through the outbox. */
@ApplicationScoped
public class IndicatorCatalog {

    public record Written(Indicator indicator, WriteOutcome outcome) {
    }

    @Inject
    EventOutbox outbox;

    @Inject
    Definitions definitions;

    @Inject
    AggregateLock aggregateLock;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    public List<Indicator> list(String goalId, IndicatorType type, IndicatorStatus status) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (goalId != null) {
            query.append(" and goalId = :goal");
            parameters.and("goal", goalId);
        }
        if (type != null) {
            query.append(" and type = :type");
            parameters.and("type", type);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return IndicatorEntity.<IndicatorEntity> find(query.toString(), Sort.by("id"), parameters).stream()
                .map(IndicatorEntity::toIndicator)
                .sorted(IndicatorCatalog::byNumericId)
                .toList();
    }

    public Indicator get(String id) {
        return find(id).toIndicator();
    }

    public IndicatorEntity find(String id) {
        return IndicatorEntity.<IndicatorEntity> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Indicator " + id));
    }

    /**
     * Locks the indicator exclusively for the rest of the transaction, as {@link #define} does: no
     * report of it runs meanwhile, and it cannot be changed or retired until the transaction ends.
     */
    public IndicatorEntity lock(String id) {
        return lock(List.of(id)).values().stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Indicator " + id));
    }

    /**
     * Locks these indicators exclusively, in sorted order so that two transactions locking overlapping
     * sets never wait for each other in a cycle; ids without an indicator are absent from the answer.
     */
    public Map<String, IndicatorEntity> lock(Collection<String> ids) {
        Map<String, IndicatorEntity> locked = new TreeMap<>();
        for (String id : new TreeSet<>(ids)) {
            aggregateLock.lock(IndicatorEvents.INDICATOR, id);
            IndicatorEntity indicator = IndicatorEntity.findById(id);
            if (indicator != null) {
                locked.put(id, indicator);
            }
        }
        return locked;
    }

    /**
     * Takes the shared half of the indicator's lock for the rest of the transaction: reports of its
     * series run side by side (each serialised on its own series), while a change or retirement of the
     * indicator waits until they are done, and they wait for it.
     */
    public IndicatorEntity lockForReport(String id) {
        aggregateLock.lockShared(IndicatorEvents.INDICATOR, id);
        // Read-only: a report never changes its indicator, so Hibernate keeps no snapshot to dirty-check.
        IndicatorEntity indicator = entityManager.find(IndicatorEntity.class, id,
                Map.of(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true));
        if (indicator == null) {
            throw ProblemException.notFound("Indicator " + id);
        }
        return indicator;
    }

    @Transactional
    public Written define(String id, IndicatorRequest request) {
        List<FieldError> errors = new ArrayList<>(IndicatorRules.check(id, request));
        if (GoalEntity.findById(request.goalId()) == null) {
            errors.add(new FieldError("goalId", "no goal " + request.goalId()));
        }
        if (request.parentId() != null && IndicatorEntity.findById(request.parentId()) == null) {
            errors.add(new FieldError("parentId", "no indicator " + request.parentId() + "; define the parent first"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        IndicatorDefinition definition = IndicatorDefinition.of(request);
        Upsert<IndicatorEntity> upsert = definitions.upsert(IndicatorEvents.INDICATOR, id,
                () -> IndicatorEntity.findById(id, LockModeType.PESSIMISTIC_WRITE), () -> IndicatorEntity.create(id),
                IndicatorDefinition::of, definition);
        IndicatorEntity indicator = upsert.aggregate();
        if (upsert.unchanged()) {
            return new Written(indicator.toIndicator(), WriteOutcome.UNCHANGED);
        }
        IndicatorStatus previousStatus = indicator.status;
        WriteOutcome outcome = upsert.outcome();
        definition.applyTo(indicator);
        indicator.version++;
        indicator.persist();
        Indicator state = indicator.toIndicator();
        String type = outcome == WriteOutcome.CREATED ? IndicatorEvents.INDICATOR_DEFINED
                : request.status() == IndicatorStatus.RETIRED && previousStatus != IndicatorStatus.RETIRED
                        ? IndicatorEvents.INDICATOR_RETIRED
                        : IndicatorEvents.INDICATOR_CHANGED;
        outbox.append(IndicatorEvents.INDICATOR, id, state.version(), type, IndicatorEvents.SCHEMA_VERSION, state);
        return new Written(state, outcome);
    }

    /** 4.2.10 after 4.2.9: ids compare by their numeric parts. */
    static int byNumericId(Indicator a, Indicator b) {
        String[] x = a.id().split("\\.");
        String[] y = b.id().split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
