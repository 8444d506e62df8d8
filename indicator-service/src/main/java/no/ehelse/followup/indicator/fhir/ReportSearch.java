package no.ehelse.followup.indicator.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.indicator.measurements.MeasurementEntity;
import no.ehelse.followup.rules.time.NorwegianTime;

/**
 * Searches the current revision of every MeasureReport by {@code measure}, {@code period},
 * {@code reporter} and {@code _lastUpdated}, a page at a time ({@code _count}, {@code _offset}).
 * Parameters it does not know are ignored, as FHIR's lenient handling has it, and left out of the
 * Bundle's links, which show the search as performed.
 */
final class ReportSearch {

    static final int DEFAULT_COUNT = 50;
    static final int MAX_COUNT = 500;

    /** One page: its reports, how many match in all, and the parameters as applied, for the links. */
    record Page(List<MeasurementEntity> reports, long total, Map<String, List<String>> applied, int count, int offset) {
    }

    private ReportSearch() {
    }

    static Page search(MultivaluedMap<String, String> query) {
        StringBuilder where = new StringBuilder("current = true");
        Map<String, Object> values = new HashMap<>();
        Map<String, List<String>> applied = new LinkedHashMap<>();
        String measure = single(query, "measure");
        if (measure != null) {
            String id = MeasureReportMapper.measureId(measure);
            if (id == null) {
                throw FhirProblem.badRequest("Search parameter measure: '" + measure + "' names no Measure", "measure");
            }
            where.append(" and indicatorId = :measure");
            values.put("measure", id);
            applied.put("measure", List.of(measure));
        }
        String reporter = reporter(query);
        if (reporter != null) {
            where.append(" and reportedBy = :reporter");
            values.put("reporter", reporter);
            applied.put("reporter", List.of(reporter));
        }
        int n = 0;
        for (String text : query.getOrDefault("period", List.of())) {
            DateParam date = DateParam.parse("period", text, NorwegianTime.ZONE);
            String name = "period" + n++;
            where.append(" and ").append(date.periodCondition("periodStart", "periodEnd", name));
            values.put(name + "First", date.firstDay());
            values.put(name + "Last", date.lastDay());
            applied.computeIfAbsent("period", k -> new ArrayList<>()).add(date.toString());
        }
        n = 0;
        for (String text : query.getOrDefault("_lastUpdated", List.of())) {
            DateParam date = DateParam.parse("_lastUpdated", text, NorwegianTime.ZONE);
            String name = "updated" + n++;
            where.append(" and ").append(date.instantCondition("reportedAt", name));
            values.put(name + "From", date.from());
            values.put(name + "Until", date.until());
            applied.computeIfAbsent("_lastUpdated", k -> new ArrayList<>()).add(date.toString());
        }
        int count = number(query, "_count", DEFAULT_COUNT, 0, MAX_COUNT);
        int offset = number(query, "_offset", 0, 0, Integer.MAX_VALUE);
        // Only what the conditions bind: Panache rejects named parameters the query does not use.
        String condition = where.toString();
        values.keySet().removeIf(name -> !condition.contains(":" + name));
        long total = MeasurementEntity.count(condition, values);
        List<MeasurementEntity> reports = count == 0 ? List.of()
                : MeasurementEntity.<MeasurementEntity> find(condition,
                        Sort.by("periodEnd").and("periodStart").and("indicatorId").and("reportedBy"), values)
                        .range(offset, offset + count - 1).list();
        return new Page(reports, total, applied, count, offset);
    }

    /** {@code reporter=994598759}, {@code reporter=Organization/994598759} or {@code reporter:identifier=system|value}. */
    private static String reporter(MultivaluedMap<String, String> query) {
        String byIdentifier = single(query, "reporter:identifier");
        if (byIdentifier != null) {
            int bar = byIdentifier.indexOf('|');
            if (bar >= 0 && !MeasureReportMapper.ORGANISATION_NUMBER_SYSTEM.equals(byIdentifier.substring(0, bar))) {
                throw FhirProblem.badRequest("Search parameter reporter:identifier: reporters are identified by "
                        + "organisation number, system " + MeasureReportMapper.ORGANISATION_NUMBER_SYSTEM,
                        "reporter:identifier");
            }
            return byIdentifier.substring(bar + 1);
        }
        String reporter = single(query, "reporter");
        return reporter == null ? null : reporter.substring(reporter.lastIndexOf('/') + 1);
    }

    private static String single(MultivaluedMap<String, String> query, String name) {
        List<String> given = query.get(name);
        if (given == null || given.isEmpty() || given.get(0).isBlank()) {
            return null;
        }
        if (given.size() > 1) {
            throw FhirProblem.badRequest("Search parameter " + name + " can be given once", name);
        }
        return given.get(0).trim();
    }

    private static int number(MultivaluedMap<String, String> query, String name, int otherwise, int min, int max) {
        String text = single(query, name);
        if (text == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min) {
                throw new NumberFormatException();
            }
            return Math.min(value, max);
        } catch (NumberFormatException e) {
            throw FhirProblem.badRequest("Search parameter " + name + " must be a whole number of at least " + min, name);
        }
    }
}
