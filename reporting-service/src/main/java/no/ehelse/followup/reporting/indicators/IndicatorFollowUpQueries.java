package no.ehelse.followup.reporting.indicators;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.reporting.roadmap.RoadmapQueries;

/** Reads indicators with their measurements and assessment from the view. */
@ApplicationScoped
public class IndicatorFollowUpQueries {

    @Inject
    IndicatorAssessor assessor;

    @Inject
    Today today;

    @Inject
    RoadmapQueries roadmap;

    public IndicatorFollowUp indicator(String id) {
        IndicatorView view = IndicatorView.<IndicatorView> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Indicator " + id));
        return followUp(view);
    }

    public List<IndicatorFollowUp> all() {
        return IndicatorView.<IndicatorView> listAll(Sort.by("id")).stream().map(this::followUp).toList();
    }

    public List<IndicatorFollowUp> indicatorsOf(String goalId) {
        return IndicatorView.<IndicatorView> list("goalId", Sort.by("id"), goalId).stream().map(this::followUp).toList();
    }

    private IndicatorFollowUp followUp(IndicatorView view) {
        List<IndicatorFollowUp.MeasuredValue> measurements = MeasurementView.<MeasurementView> list("key.indicatorId",
                Sort.by("periodEnd", "periodStart", "reportedAt"), view.id).stream()
                .map(m -> new IndicatorFollowUp.MeasuredValue(m.key.period(), m.value, m.numerator, m.denominator,
                        m.key.reportedBy(), m.revision, m.reportedAt))
                .toList();
        IndicatorFollowUp.MeasuredValue latest = measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
        return new IndicatorFollowUp(view.definition, latest, measurements,
                assessor.assess(view.definition, measurements, today.date()),
                roadmap.delayShareOf(view.id).orElse(null));
    }
}
