package no.ehelse.followup.reporting.indicators;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.ehelse.followup.events.EventEnvelope;
import no.ehelse.followup.events.indicator.Goal;
import no.ehelse.followup.events.indicator.Indicator;
import no.ehelse.followup.events.indicator.IndicatorEvents;
import no.ehelse.followup.events.indicator.Measurement;
import no.ehelse.followup.reporting.consumer.EventPayloads;
import no.ehelse.followup.reporting.consumer.PoisonEventException;
import no.ehelse.followup.reporting.consumer.Projector;
import no.ehelse.followup.rules.period.ReportingPeriod;

/** Keeps goals, indicators and the current measurements from {@code indicator-events}. */
@ApplicationScoped
public class IndicatorProjector implements Projector {

    private static final Set<String> TYPES = Set.of(IndicatorEvents.GOAL, IndicatorEvents.INDICATOR,
            IndicatorEvents.MEASUREMENT);

    @Inject
    EventPayloads payloads;

    @Override
    public boolean handles(String aggregateType) {
        return TYPES.contains(aggregateType);
    }

    @Override
    public List<String> tables() {
        return List.of("goal_view", "indicator_view", "measurement_view");
    }

    @Override
    public void apply(EventEnvelope event) {
        switch (event.aggregateType()) {
            case IndicatorEvents.GOAL -> goal(payloads.read(event, Goal.class));
            case IndicatorEvents.INDICATOR -> indicator(payloads.read(event, Indicator.class));
            case IndicatorEvents.MEASUREMENT -> measurement(event, payloads.read(event, Measurement.class));
            default -> throw new IllegalArgumentException(event.aggregateType());
        }
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
        view.persist();
    }

    private static void indicator(Indicator indicator) {
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
    }

    private static void measurement(EventEnvelope event, Measurement measurement) {
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
        MeasurementView view = MeasurementView.findById(key);
        if (view == null) {
            view = new MeasurementView();
            view.key = key;
        }
        view.revision = measurement.revision();
        view.periodStart = period.start();
        view.periodEnd = period.end();
        view.value = measurement.value();
        view.numerator = measurement.numerator();
        view.denominator = measurement.denominator();
        view.reportedAt = measurement.reportedAt() != null ? measurement.reportedAt() : event.occurredAt();
        view.persist();
    }
}
