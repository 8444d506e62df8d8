package no.ehelse.followup.reporting.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.platform.web.QueryParams;
import no.ehelse.followup.reporting.indicators.MeasurementSeries.Aggregate;
import no.ehelse.followup.reporting.roadmap.DelayShare;
import no.ehelse.followup.reporting.roadmap.RoadmapQueries;
import no.ehelse.followup.rules.period.ReportingPeriod;

/**
 * Reads indicators with their status from the view: the summary kept when their measurements changed,
 * assessed as of today. A fixed number of statements per call, whatever the series' lengths.
 */
@ApplicationScoped
public class IndicatorFollowUpQueries {

    public static final int MAX_PAGE_SIZE = 500;
    private static final int DEFAULT_PAGE_SIZE = 100;

    @Inject
    IndicatorAssessor assessor;

    @Inject
    Today today;

    @Inject
    RoadmapQueries roadmap;

    @Inject
    EntityManager entityManager;

    public IndicatorFollowUp indicator(String id) {
        return followUps(List.of(find(id))).get(0);
    }

    public List<IndicatorFollowUp> all() {
        return followUps(IndicatorView.listAll(Sort.by("id")));
    }

    public List<IndicatorFollowUp> indicatorsOf(String goalId) {
        return followUps(IndicatorView.list("goalId", Sort.by("id"), goalId));
    }

    private List<IndicatorFollowUp> followUps(List<IndicatorView> views) {
        Map<String, DelayShare> shares = roadmap
                .delayShares(views.stream().map(view -> view.id).toList());
        LocalDate date = today.date();
        return views.stream().map(view -> {
            IndicatorSummary summary = view.summary != null ? view.summary
                    : assessor.summarise(view.definition, List.of());
            return new IndicatorFollowUp(view.definition, summary.latest(), summary.points(), summary.measurementCount(),
                    assessor.assess(view.definition, summary, date), shares.get(view.id));
        }).toList();
    }

    private static IndicatorView find(String id) {
        return IndicatorView.<IndicatorView> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Indicator " + id));
    }

    /**
     * A page of the indicator's series between the periods {@code from} and {@code to} (by period end,
     * both included; open when absent), optionally one point per period of the aggregate's kind.
     */
    public MeasurementSeries series(String id, String from, String to, String page, String size, String aggregate) {
        LocalDate start = from == null ? LocalDate.of(1900, 1, 1) : period("from", from).start();
        LocalDate end = to == null ? LocalDate.of(9999, 12, 31) : period("to", to).end();
        int pageNumber = QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = QueryParams.integer("size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        Aggregate kind = aggregate == null ? null : QueryParams.enumeration("aggregate", aggregate, Aggregate.class);
        find(id);
        String where = " from measurement_view m where indicator_id = :id and period_end between :start and :end";
        String bucket = kind == null ? null : bucket(kind);
        long total = ((Number) entityManager.createNativeQuery(
                "select " + (bucket == null ? "count(*)" : "count(distinct " + bucket + ")") + where)
                .setParameter("id", id).setParameter("start", start).setParameter("end", end).getSingleResult()).longValue();
        String columns = "period, reported_by, revision, value, numerator, denominator, reported_at";
        String select = bucket == null
                ? "select period as bucket, " + columns + where + " order by period_end, period_start, reported_at, reported_by"
                // One point per bucket: the measurement of its latest period, reported last.
                : "select bucket, " + columns + " from (select distinct on (" + bucket + ") " + bucket + " as bucket, m.*"
                        + where + " order by " + bucket + ", period_end desc, period_start desc, reported_at desc) points"
                        + " order by bucket";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(select + " offset :offset limit :limit")
                .setParameter("id", id).setParameter("start", start).setParameter("end", end)
                .setParameter("offset", (long) pageNumber * pageSize).setParameter("limit", pageSize)
                .getResultList();
        List<MeasurementSeries.Point> points = rows.stream().map(row -> {
            IndicatorFollowUp.MeasuredValue measured = new IndicatorFollowUp.MeasuredValue((String) row[1],
                    (BigDecimal) row[4], (BigDecimal) row[5], (BigDecimal) row[6], (String) row[2],
                    ((Number) row[3]).intValue(), MeasurementView.instant(row[7]));
            return new MeasurementSeries.Point((String) row[0], measured);
        }).toList();
        return new MeasurementSeries(id, kind, pageNumber, pageSize, total, points);
    }

    /** The label of the period of the aggregate's kind that holds a measurement's period end, as ReportingPeriod writes it. */
    private static String bucket(Aggregate kind) {
        return switch (kind) {
            case YEAR -> "to_char(period_end, 'YYYY')";
            case HALF_YEAR -> "to_char(period_end, 'YYYY') || 'S' || ((extract(month from period_end)::int - 1) / 6 + 1)";
            case TERTIAL -> "to_char(period_end, 'YYYY') || 'T' || ((extract(month from period_end)::int - 1) / 4 + 1)";
            case QUARTER -> "to_char(period_end, 'YYYY\"Q\"Q')";
            case MONTH -> "to_char(period_end, 'YYYY-MM')";
        };
    }

    private static ReportingPeriod period(String name, String value) {
        try {
            return ReportingPeriod.parse(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "is not a period (2024, 2024S1, 2024T2, 2024Q3, 2024-09, 2024-09-30)");
        }
    }
}
