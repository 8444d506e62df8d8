package no.ehelse.followup.indicator.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import no.ehelse.followup.events.indicator.UnitKind;
import no.ehelse.followup.indicator.measurements.MeasurementEntity;
import no.ehelse.followup.indicator.measurements.MeasurementRequest;
import no.ehelse.followup.rules.period.ReportingPeriod;

/**
 * Measurements as HL7 FHIR R4 {@code MeasureReport}s (type summary), in both directions. A report
 * missing what FHIR requires of every MeasureReport is malformed (400); one that FHIR allows but this
 * server does not take (another status or type, no organisation number) breaks a rule (422).
 */
final class MeasureReportMapper {

    /** Norwegian organisation numbers (Enhetsregisteret) as FHIR identifiers. */
    static final String ORGANISATION_NUMBER_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.101";

    private static final String GROUP = "MeasureReport.group[0]";

    private MeasureReportMapper() {
    }

    /**
     * What a submitted report says, and where: the FHIRPath of the element each field of the
     * request came from, so that a rule the measurement breaks points into the report.
     */
    record Submission(ReportId id, MeasurementRequest request, Map<String, String> expressions) {

        String expression(String field) {
            return expressions.getOrDefault(field, "MeasureReport");
        }
    }

    static Submission read(MeasureReport report, String indicatorId, UnitKind unit) {
        if (!report.hasStatus()) {
            throw FhirProblem.malformed("MeasureReport.status is required", "MeasureReport.status");
        }
        if (report.getStatus() != MeasureReport.MeasureReportStatus.COMPLETE) {
            throw FhirProblem.rule("MeasureReport.status must be complete", "MeasureReport.status");
        }
        if (!report.hasType()) {
            throw FhirProblem.malformed("MeasureReport.type is required", "MeasureReport.type");
        }
        if (report.getType() != MeasureReport.MeasureReportType.SUMMARY) {
            throw FhirProblem.rule("MeasureReport.type must be summary", "MeasureReport.type");
        }
        ReportingPeriod period = period(report);
        String reporter = reporter(report);
        if (report.getGroup().size() != 1) {
            throw FhirProblem.rule("MeasureReport.group must have exactly one group", "MeasureReport.group");
        }
        MeasureReport.MeasureReportGroupComponent group = report.getGroupFirstRep();
        Map<String, String> expressions = new HashMap<>();
        expressions.put("period", "MeasureReport.period");
        BigDecimal numerator = count(group, "numerator", "numerator", expressions);
        BigDecimal denominator = count(group, "denominator", "denominator", expressions);
        BigDecimal value;
        if (group.hasMeasureScore() && group.getMeasureScore().hasValue()) {
            value = group.getMeasureScore().getValue();
            expressions.put("value", GROUP + ".measureScore.value");
        } else if (unit == UnitKind.PERCENT && numerator != null && denominator != null && denominator.signum() > 0) {
            value = numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
            expressions.put("value", expressions.get("numerator"));
        } else if (unit == UnitKind.COUNT) {
            value = count(group, "initial-population", "value", expressions);
        } else {
            value = numerator;
            expressions.put("value", expressions.get("numerator"));
        }
        if (value == null) {
            throw FhirProblem.rule("a measureScore or population counts are required", GROUP + ".measureScore");
        }
        return new Submission(new ReportId(indicatorId, period.toString(), reporter),
                new MeasurementRequest(period.toString(), value, numerator, denominator, "FHIR MeasureReport", null),
                Map.copyOf(expressions));
    }

    /** A revision as the version {@code revision.revision} of the report of its series. */
    static MeasureReport toReport(MeasurementEntity revision, String measureUrl) {
        ReportingPeriod period = ReportingPeriod.parse(revision.period);
        MeasureReport report = new MeasureReport();
        report.setId(ReportId.of(revision.seriesKey()).toString());
        report.setMeta(new Meta().setVersionId(String.valueOf(revision.revision))
                .setLastUpdated(Date.from(revision.reportedAt)));
        report.setStatus(MeasureReport.MeasureReportStatus.COMPLETE);
        report.setType(MeasureReport.MeasureReportType.SUMMARY);
        report.setMeasure(measureUrl);
        report.setDate(Date.from(revision.reportedAt));
        report.setPeriod(new Period().setStartElement(date(period.start())).setEndElement(date(period.end())));
        report.setReporter(new Reference().setIdentifier(
                new Identifier().setSystem(ORGANISATION_NUMBER_SYSTEM).setValue(revision.reportedBy)));
        MeasureReport.MeasureReportGroupComponent group = report.addGroup();
        group.setMeasureScore(new Quantity().setValue(revision.value));
        if (revision.numerator != null) {
            group.addPopulation().setCode(MeasureMapper.population("numerator")).setCount(revision.numerator.intValue());
        }
        if (revision.denominator != null) {
            group.addPopulation().setCode(MeasureMapper.population("denominator"))
                    .setCount(revision.denominator.intValue());
        }
        return report;
    }

    /** The indicator id: the last segment of a canonical such as {@code https://…/fhir/Measure/4.2.1}. */
    static String indicatorId(MeasureReport report) {
        if (!report.hasMeasure()) {
            throw FhirProblem.malformed("MeasureReport.measure is required", "MeasureReport.measure");
        }
        String id = measureId(report.getMeasure());
        if (id == null) {
            throw FhirProblem.rule("MeasureReport.measure must reference a Measure, e.g. Measure/4.2.1",
                    "MeasureReport.measure");
        }
        return id;
    }

    /** The indicator id in a reference or canonical {@code …Measure/4.2.1|3}, a bare id as it is; null if none. */
    static String measureId(String measure) {
        int at = measure.lastIndexOf("Measure/");
        String id = at < 0 ? measure.contains("/") ? null : measure : measure.substring(at + 8);
        if (id == null) {
            return null;
        }
        int version = id.indexOf('|');
        id = version >= 0 ? id.substring(0, version) : id;
        return id.isBlank() ? null : id;
    }

    private static ReportingPeriod period(MeasureReport report) {
        if (!report.hasPeriod()) {
            throw FhirProblem.malformed("MeasureReport.period is required", "MeasureReport.period");
        }
        Period period = report.getPeriod();
        if (!period.hasStart() || !period.hasEnd()) {
            throw FhirProblem.rule("MeasureReport.period needs both start and end", "MeasureReport.period");
        }
        LocalDate start = first(period.getStartElement());
        LocalDate end = last(period.getEndElement());
        if (end.isBefore(start)) {
            // FHIR's invariant per-1: a Period's start is not after its end.
            throw FhirProblem.malformed("MeasureReport.period ends (" + end + ") before it starts (" + start + ")",
                    "MeasureReport.period");
        }
        try {
            return ReportingPeriod.covering(start, end);
        } catch (IllegalArgumentException e) {
            throw FhirProblem.rule("MeasureReport.period: " + e.getMessage(), "MeasureReport.period");
        }
    }

    private static String reporter(MeasureReport report) {
        Identifier identifier = report.getReporter().getIdentifier();
        if (identifier == null || !ORGANISATION_NUMBER_SYSTEM.equals(identifier.getSystem()) || !identifier.hasValue()) {
            throw FhirProblem.rule("MeasureReport.reporter must identify an Organization by organisation number "
                    + "(system " + ORGANISATION_NUMBER_SYSTEM + ")", "MeasureReport.reporter");
        }
        return identifier.getValue();
    }

    /** The count of the population coded {@code code}, noting its FHIRPath as where {@code field} came from. */
    private static BigDecimal count(MeasureReport.MeasureReportGroupComponent group, String code, String field,
            Map<String, String> expressions) {
        List<MeasureReport.MeasureReportGroupPopulationComponent> populations = group.getPopulation();
        for (int i = 0; i < populations.size(); i++) {
            MeasureReport.MeasureReportGroupPopulationComponent population = populations.get(i);
            if (population.hasCount() && population.getCode().getCoding().stream().anyMatch(c -> code.equals(c.getCode()))) {
                expressions.put(field, GROUP + ".population[" + i + "].count");
                return BigDecimal.valueOf(population.getCount());
            }
        }
        return null;
    }

    /** The first day a FHIR date(time) covers, in its own time zone: "2024" is 2024-01-01. */
    private static LocalDate first(DateTimeType value) {
        return LocalDate.of(value.getYear(), value.getMonth() + 1, value.getPrecision() == TemporalPrecisionEnum.YEAR
                || value.getPrecision() == TemporalPrecisionEnum.MONTH ? 1 : value.getDay());
    }

    /** The last day a FHIR date(time) covers: "2024" is 2024-12-31, "2024-02" is 2024-02-29. */
    private static LocalDate last(DateTimeType value) {
        return switch (value.getPrecision()) {
            case YEAR -> LocalDate.of(value.getYear(), 12, 31);
            case MONTH -> YearMonth.of(value.getYear(), value.getMonth() + 1).atEndOfMonth();
            default -> LocalDate.of(value.getYear(), value.getMonth() + 1, value.getDay());
        };
    }

    private static DateTimeType date(LocalDate date) {
        return new DateTimeType(date.toString());
    }
}
