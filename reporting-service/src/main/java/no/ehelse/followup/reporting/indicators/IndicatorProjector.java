package no.ehelse.followup.reporting.indicators;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.ehelse.followup.events.EventEnvelope;
import no.ehelse.followup.events.indicator.Goal;
import no.ehelse.followup.events.indicator.Indicator;
import no.ehelse.followup.events.indicator.IndicatorEvents;
import no.ehelse.followup.events.indicator.Measurement;
import no.ehelse.followup.events.indicator.Strategy;
import no.ehelse.followup.reporting.consumer.AggregateProjector;
import no.ehelse.followup.reporting.consumer.BatchScope;
import no.ehelse.followup.reporting.consumer.PoisonEventException;
import no.ehelse.followup.rules.period.ReportingPeriod;

/**
 * Keeps goals, indicators and the current measurements from {@code indicator-events}, and each
 * indicator's status summary: recomputed once per batch for the indicators the batch touched.
 */
@ApplicationScoped
public class IndicatorProjector extends AggregateProjector {

    /** The batch's key for the indicators whose summary it must recompute. */
    private static final Object TOUCHED = IndicatorProjector.class.getName() + ".touched";
    /** The batch's key for its measurements, the latest applied of each series: written at once. */
    private static final Object MEASUREMENTS = IndicatorProjector.class.getName() + ".measurements";

    @Inject
    BatchScope batch;

    @Inject
    IndicatorSummaries summaries;

    @Inject
    MeasurementWriter measurements;

    public IndicatorProjector() {
        super(Set.of(IndicatorEvents.STRATEGY, IndicatorEvents.GOAL, IndicatorEvents.INDICATOR, IndicatorEvents.MEASUREMENT),
                List.of("strategy_view", "goal_view", "indicator_view", "measurement_view"));
    }

    @Override
    public void apply(EventEnvelope event) {
        switch (event.aggregateType()) {
            case IndicatorEvents.STRATEGY -> strategy(payloads.read(event, Strategy.class));
            case IndicatorEvents.GOAL -> goal(payloads.read(event, Goal.class));
            case IndicatorEvents.INDICATOR -> indicator(payloads.read(event, Indicator.class));
            case IndicatorEvents.MEASUREMENT -> measurement(event, payloads.read(event, Measurement.class));
            default -> throw new IllegalArgumentException(event.aggregateType());
        }
    }

    @Override
    public void completeBatch() {
        Map<MeasurementView.Key, MeasurementWriter.Row> written = batch.values(MEASUREMENTS);
        measurements.write(written.values());
        written.clear();
        Set<String> touched = batch.ids(TOUCHED);
        summaries.refresh(touched);
        touched.clear();
    }

    private static void strategy(Strategy strategy) {
        StrategyView view = StrategyView.findById(IndicatorEvents.STRATEGY_ID);
        if (view == null) {
            view = new StrategyView();
            view.id = IndicatorEvents.STRATEGY_ID;
        }
        view.name = strategy.name();
        view.vision = strategy.vision();
        view.fromYear = strategy.fromYear();
        view.toYear = strategy.toYear();
        view.version = strategy.version();
        view.persist();
    }

    private static void goal(Goal goal) {
        GoalView view = GoalView.findById(goal.id());
        if (view == null) {
            view = new GoalView();
            view.id = goal.id();
        }
        view.kind = goal.kind();
        view.name = goal.name();
        view.description = goal.description();
        view.benefit = goal.benefit();
        view.ambitions = goal.ambitions() == null ? new ArrayList<>() : new ArrayList<>(goal.ambitions());
        view.persist();
    }

    private void indicator(Indicator indicator) {
        IndicatorView view = IndicatorView.findById(indicator.id());
        if (view == null) {
            view = new IndicatorView();
            view.id = indicator.id();
        }
        view.goalId = indicator.goalId();
        view.parentId = indicator.parentId();
        view.name = indicator.name();
        view.definition = indicator;
        view.persist();
        batch.ids(TOUCHED).add(indicator.id());
    }

    private void measurement(EventEnvelope event, Measurement measurement) {
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(measurement.period());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("measurement period: " + e.getMessage(), e);
        }
        if (measurement.value() == null || measurement.reportedBy() == null) {
            throw new PoisonEventException(event.type() + " without value or reporter", null);
        }
        MeasurementView.Key key = new MeasurementView.Key(measurement.indicatorId(), period.toString(),
                measurement.reportedBy());
        // As the database keeps it (microseconds), so the summary drawn from it reads the same however batches fall.
        Instant reportedAt = (measurement.reportedAt() != null ? measurement.reportedAt() : event.occurredAt())
                .truncatedTo(ChronoUnit.MICROS);
        // Later in the batch means a newer version (older ones are skipped as stale): it replaces the earlier.
        batch.<MeasurementView.Key, MeasurementWriter.Row> values(MEASUREMENTS).put(key, new MeasurementWriter.Row(key,
                measurement.revision(), period.start(), period.end(), measurement.value(), measurement.numerator(),
                measurement.denominator(), reportedAt));
        batch.ids(TOUCHED).add(measurement.indicatorId());
    }
}
