package no.ehelse.followup.indicator.strategy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.ehelse.followup.events.indicator.IndicatorEvents;
import no.ehelse.followup.events.indicator.Strategy;
import no.ehelse.followup.platform.aggregate.Definitions;
import no.ehelse.followup.platform.aggregate.Definitions.Upsert;
import no.ehelse.followup.platform.outbox.EventOutbox;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.web.WriteOutcome;

/** Defines and reads the strategy; every change is an event through the outbox. */
@ApplicationScoped
public class StrategyCatalog {

    public record Written(Strategy strategy, WriteOutcome outcome) {
    }

    @Inject
    EventOutbox outbox;

    @Inject
    Definitions definitions;

    public Strategy get() {
        return StrategyEntity.<StrategyEntity> findByIdOptional(IndicatorEvents.STRATEGY_ID)
                .map(StrategyEntity::toStrategy)
                .orElseThrow(() -> ProblemException.notFound("The strategy (not defined yet)"));
    }

    @Transactional
    public Written define(StrategyRequest request) {
        if (request.toYear() < request.fromYear()) {
            throw ProblemException.invalid("toYear", "is before fromYear " + request.fromYear());
        }
        StrategyDefinition definition = StrategyDefinition.of(request);
        Upsert<StrategyEntity> upsert = definitions.upsert(IndicatorEvents.STRATEGY, IndicatorEvents.STRATEGY_ID,
                () -> StrategyEntity.findById(IndicatorEvents.STRATEGY_ID), StrategyEntity::create,
                StrategyDefinition::of, definition);
        StrategyEntity strategy = upsert.aggregate();
        if (upsert.unchanged()) {
            return new Written(strategy.toStrategy(), WriteOutcome.UNCHANGED);
        }
        definition.applyTo(strategy);
        strategy.version++;
        strategy.persist();
        Strategy state = strategy.toStrategy();
        outbox.append(IndicatorEvents.STRATEGY, IndicatorEvents.STRATEGY_ID, state.version(),
                upsert.created() ? IndicatorEvents.STRATEGY_DEFINED : IndicatorEvents.STRATEGY_CHANGED,
                IndicatorEvents.SCHEMA_VERSION, state);
        return new Written(state, upsert.outcome());
    }
}
