package no.ehelse.followup.reporting.indicators;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.contract.problem.ProblemException;

/** Reads indicator status from the view. */
@ApplicationScoped
public class IndicatorStatusQueries {

    public IndicatorStatus indicator(String id) {
        IndicatorView view = IndicatorView.<IndicatorView> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Indicator " + id));
        return status(view);
    }

    public List<IndicatorStatus> indicatorsOf(String goalId) {
        return IndicatorView.<IndicatorView> list("goalId", Sort.by("id"), goalId).stream().map(this::status).toList();
    }

    private IndicatorStatus status(IndicatorView view) {
        List<IndicatorStatus.MeasuredValue> measurements = MeasurementView.<MeasurementView> list("key.indicatorId",
                Sort.by("periodEnd", "periodStart", "reportedAt"), view.id).stream()
                .map(m -> new IndicatorStatus.MeasuredValue(m.key.period(), m.value, m.numerator, m.denominator,
                        m.key.reportedBy(), m.revision, m.reportedAt))
                .toList();
        IndicatorStatus.MeasuredValue latest = measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
        return new IndicatorStatus(view.definition, latest, measurements);
    }
}
