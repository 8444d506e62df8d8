package no.ehelse.followup.reporting.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

    /**
     * Recomputes the summaries of these indicators, in the caller's transaction, in four statements however many
     * there are; one not defined yet waits for its definition.
     */
    public void refresh(Collection<String> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return;
        }
        // The batch's measurements must be visible to the native queries below.
        entityManager.flush();
        lock(indicatorIds);
        List<IndicatorView> views = entityManager.createQuery("from IndicatorView v where v.id in :ids", IndicatorView.class)
                .setParameter("ids", indicatorIds).getResultList();
        if (views.isEmpty()) {
            return;
        }
        List<String> ids = views.stream().map(view -> view.id).toList();
        Map<String, MeasuredValue> first = byIndicator(measurements("""
                select m.* from indicator_view i cross join lateral (
                    select * from measurement_view where indicator_id = i.id
                    order by period_end, period_start, reported_at limit 1) m
                where i.id in (:ids)""", ids)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get(0)));
        Map<String, List<MeasuredValue>> newestFirst = byIndicator(measurements("""
                select m.* from indicator_view i cross join lateral (
                    select distinct on (period_end, period_start, period) * from measurement_view
                    where indicator_id = i.id
                    order by period_end desc, period_start desc, period, reported_at desc
                    limit %d) m
                where i.id in (:ids)""".formatted(IndicatorAssessor.POINTS), ids));
        @SuppressWarnings("unchecked")
        Map<String, Long> counts = ((List<Object[]>) entityManager.createNativeQuery("""
                select indicator_id, count(*) from measurement_view where indicator_id in (:ids) group by indicator_id""")
                .setParameter("ids", ids).getResultList()).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        for (IndicatorView view : views) {
            List<MeasuredValue> lastPerPeriod = new ArrayList<>(newestFirst.getOrDefault(view.id, List.of()));
            Collections.reverse(lastPerPeriod);
            view.summary = assessor.summarise(view.definition, first.get(view.id), lastPerPeriod,
                    counts.getOrDefault(view.id, 0L));
        }
    }

    /**
     * Batches of other partitions (or replicas) add measurements of the same indicators, or define an indicator
     * whose measurements another batch adds: each refresh must read what the others committed, or its summary would
     * overwrite theirs with a series that lacks their measurements (or find no indicator, while the other finds no
     * measurement). So the refreshes of an indicator take turns: a transaction lock per indicator, taken in id order
     * (no deadlock between two batches), held to the commit; read committed gives every read after it a fresh
     * snapshot. A lock rather than the indicator's row, which a measurement may precede.
     */
    private void lock(Collection<String> indicatorIds) {
        entityManager.createNativeQuery("""
                select count(pg_advisory_xact_lock(key)) from (
                    select hashtextextended('indicator-summary:' || id, 0) as key
                    from unnest(cast(array[:ids] as text[])) as id order by id) as keys""")
                .setParameter("ids", new TreeSet<>(indicatorIds)).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<MeasurementView> measurements(String sql, List<String> ids) {
        return entityManager.createNativeQuery(sql, MeasurementView.class).setParameter("ids", ids).getResultList();
    }

    /** The measurements per indicator, each in the order read. */
    private static Map<String, List<MeasuredValue>> byIndicator(List<MeasurementView> measurements) {
        return measurements.stream().collect(Collectors.groupingBy(m -> m.key.indicatorId(), HashMap::new,
                Collectors.mapping(MeasurementView::measured, Collectors.toList())));
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
}
