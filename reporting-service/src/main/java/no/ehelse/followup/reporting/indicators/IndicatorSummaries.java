package no.ehelse.followup.reporting.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp.MeasuredValue;

/**
 * Keeps each indicator's {@link IndicatorSummary} in the view, computed from a bounded read of its series
 * (its first measurement, the last {@link IndicatorAssessor#POINTS} periods and the count) whatever its
 * length, so that reading the status never reads a series.
 */
@ApplicationScoped
public class IndicatorSummaries {

    private static final Logger LOG = Logger.getLogger(IndicatorSummaries.class);

    @Inject
    EntityManager entityManager;

    @Inject
    IndicatorAssessor assessor;

    /** Recomputes the summaries of these indicators, in the caller's transaction; one not defined yet waits for its definition. */
    public void refresh(Collection<String> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return;
        }
        // The batch's measurements must be visible to the native query below.
        entityManager.flush();
        for (IndicatorView view : entityManager
                .createQuery("from IndicatorView v where v.id in :ids", IndicatorView.class)
                .setParameter("ids", indicatorIds).getResultList()) {
            view.summary = summarise(view);
        }
    }

    /** After the upgrade that introduced summaries, the indicators already in the view get theirs. */
    void computeMissing(@Observes StartupEvent start) {
        List<String> missing = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select v.id from IndicatorView v where v.summary is null", String.class).getResultList());
        if (!missing.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> refresh(missing));
            LOG.infof("Computed the status summaries of %d indicators", missing.size());
        }
    }

    private IndicatorSummary summarise(IndicatorView view) {
        MeasuredValue first = entityManager.createQuery("""
                from MeasurementView m where m.key.indicatorId = :id
                order by m.periodEnd, m.periodStart, m.reportedAt""", MeasurementView.class)
                .setParameter("id", view.id).setMaxResults(1).getResultStream().findFirst()
                .map(MeasurementView::measured).orElse(null);
        long count = entityManager.createQuery("select count(m) from MeasurementView m where m.key.indicatorId = :id",
                Long.class).setParameter("id", view.id).getSingleResult();
        @SuppressWarnings("unchecked")
        List<MeasurementView> newestFirst = entityManager.createNativeQuery("""
                select distinct on (period_end, period_start, period) * from measurement_view
                where indicator_id = :id
                order by period_end desc, period_start desc, period, reported_at desc
                limit :points""", MeasurementView.class)
                .setParameter("id", view.id).setParameter("points", IndicatorAssessor.POINTS).getResultList();
        List<MeasuredValue> lastPerPeriod = new ArrayList<>(newestFirst.stream().map(MeasurementView::measured).toList());
        Collections.reverse(lastPerPeriod);
        return assessor.summarise(view.definition, first, lastPerPeriod, count);
    }
}
