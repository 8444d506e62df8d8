package no.ehelse.followup.indicator.indicators;

import java.util.ArrayList;
import java.util.List;

import no.ehelse.followup.events.indicator.Baseline;
import no.ehelse.followup.events.indicator.Direction;
import no.ehelse.followup.events.indicator.IndicatorStatus;
import no.ehelse.followup.events.indicator.IndicatorType;
import no.ehelse.followup.events.indicator.Target;
import no.ehelse.followup.events.indicator.Unit;

/**
 * What the admin defines about an indicator, normalised so that the same definition sent again
 * compares equal: duplicate reporters dropped, no targets as an empty list.
 */
record IndicatorDefinition(String goalId, String parentId, String name, String purpose, Unit unit, IndicatorType type,
        Direction direction, String method, String dataSource, List<String> reporters, IndicatorStatus status,
        Baseline baseline, List<Target> targets, boolean derivedId) {

    static IndicatorDefinition of(IndicatorRequest request) {
        return new IndicatorDefinition(request.goalId(), request.parentId(), request.name(), request.purpose(),
                request.unit(), request.type(), request.direction(), request.method(), request.dataSource(),
                request.reporters().stream().distinct().toList(), request.status(), request.baseline(),
                request.targets() == null ? List.of() : List.copyOf(request.targets()),
                Boolean.TRUE.equals(request.derivedId()));
    }

    static IndicatorDefinition of(IndicatorEntity indicator) {
        return new IndicatorDefinition(indicator.goalId, indicator.parentId, indicator.name, indicator.purpose,
                indicator.unit, indicator.type, indicator.direction, indicator.method, indicator.dataSource,
                List.copyOf(indicator.reporters), indicator.status, indicator.baseline, List.copyOf(indicator.targets),
                indicator.derivedId);
    }

    void applyTo(IndicatorEntity indicator) {
        indicator.goalId = goalId;
        indicator.parentId = parentId;
        indicator.name = name;
        indicator.purpose = purpose;
        indicator.unit = unit;
        indicator.type = type;
        indicator.direction = direction;
        indicator.method = method;
        indicator.dataSource = dataSource;
        indicator.reporters = new ArrayList<>(reporters);
        indicator.status = status;
        indicator.baseline = baseline;
        indicator.targets = new ArrayList<>(targets);
        indicator.derivedId = derivedId;
    }
}
