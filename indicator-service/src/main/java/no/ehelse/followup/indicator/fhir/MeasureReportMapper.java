package no.ehelse.followup.indicator.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import no.ehelse.followup.events.indicator.Measurement;
import no.ehelse.followup.events.indicator.UnitKind;
import no.ehelse.followup.indicator.measurements.MeasurementRequest;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.rules.period.ReportingPeriod;

/** Measurements as HL7 FHIR R4 {@code MeasureReport}s (type summary), in both directions. */
final class MeasureReportMapper {

    /** Norwegian organisation numbers (Enhetsregisteret) as FHIR identifiers. */
    static final String ORGANISATION_NUMBER_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.101";

    private MeasureReportMapper() {
    }

    /** What a submitted report says, checked against the rules a report must follow. */
    record Submission(String indicatorId, String reporter, MeasurementRequest request) {
    }

    static Submission read(MeasureReport report, UnitKind unit) {
        if (report.getStatus() != MeasureReport.MeasureReportStatus.COMPLETE) {
            throw ProblemException.invalid("MeasureReport.status", "must be complete");
        }
        if (report.getType() != MeasureReport.MeasureReportType.SUMMARY) {
            throw ProblemException.invalid("MeasureReport.type", "must be summary");
        }
        ReportingPeriod period = period(report);
        String reporter = reporter(report);
        if (report.getGroup().size() != 1) {
            throw ProblemException.invalid("MeasureReport.group", "must have exactly one group");
        }
        MeasureReport.MeasureReportGroupComponent group = report.getGroupFirstRep();
        BigDecimal numerator = count(group, "numerator");
        BigDecimal denominator = count(group, "denominator");
        BigDecimal value;
        if (group.hasMeasureScore() && group.getMeasureScore().hasValue()) {
            value = group.getMeasureScore().getValue();
        } else if (unit == UnitKind.PERCENT && numerator != null && denominator != null && denominator.signum() > 0) {
            value = numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
        } else if (unit == UnitKind.COUNT) {
            value = count(group, "initial-population");
        } else {
            value = numerator;
        }
        if (value == null) {
            throw ProblemException.invalid("MeasureReport.group[0].measureScore",
                    "a measureScore or population counts are required");
        }
        return new Submission(indicatorId(report), reporter, new MeasurementRequest(period.toString(), value,
                numerator, denominator, "FHIR MeasureReport", null));
    }

    static MeasureReport toReport(Measurement measurement, long revisionId, String measureUrl) {
        ReportingPeriod period = ReportingPeriod.parse(measurement.period());
        MeasureReport report = new MeasureReport();
        report.setId(String.valueOf(revisionId));
        report.setStatus(MeasureReport.MeasureReportStatus.COMPLETE);
        report.setType(MeasureReport.MeasureReportType.SUMMARY);
        report.setMeasure(measureUrl);
        report.setDate(Date.from(measurement.reportedAt()));
        report.setPeriod(new Period().setStartElement(date(period.start())).setEndElement(date(period.end())));
        report.setReporter(new Reference().setIdentifier(
                new Identifier().setSystem(ORGANISATION_NUMBER_SYSTEM).setValue(measurement.reportedBy())));
        MeasureReport.MeasureReportGroupComponent group = report.addGroup();
        group.setMeasureScore(new Quantity().setValue(measurement.value()));
        if (measurement.numerator() != null) {
            group.addPopulation().setCode(MeasureMapper.population("numerator"))
                    .setCount(measurement.numerator().intValue());
        }
        if (measurement.denominator() != null) {
            group.addPopulation().setCode(MeasureMapper.population("denominator"))
                    .setCount(measurement.denominator().intValue());
        }
        return report;
    }

    /** The indicator id: the last segment of a canonical such as {@code https://…/fhir/Measure/4.2.1}. */
    static String indicatorId(MeasureReport report) {
        String measure = report.getMeasure();
        int at = measure == null ? -1 : measure.lastIndexOf("Measure/");
        if (at < 0 || at + 8 >= measure.length()) {
            throw ProblemException.invalid("MeasureReport.measure", "must reference a Measure, e.g. Measure/4.2.1");
        }
        String id = measure.substring(at + 8);
        int version = id.indexOf('|');
        return version >= 0 ? id.substring(0, version) : id;
    }

    private static ReportingPeriod period(MeasureReport report) {
        Period period = report.getPeriod();
        if (period == null || !period.hasStart() || !period.hasEnd()) {
            throw ProblemException.invalid("MeasureReport.period", "start and end are required");
        }
        try {
            return ReportingPeriod.covering(first(period.getStartElement()), last(period.getEndElement()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("MeasureReport.period", e.getMessage());
        }
    }

    private static String reporter(MeasureReport report) {
        Identifier identifier = report.getReporter().getIdentifier();
        if (identifier == null || !ORGANISATION_NUMBER_SYSTEM.equals(identifier.getSystem()) || !identifier.hasValue()) {
            throw ProblemException.invalid("MeasureReport.reporter",
                    "must identify an Organization by organisation number (system " + ORGANISATION_NUMBER_SYSTEM + ")");
        }
        return identifier.getValue();
    }

    private static BigDecimal count(MeasureReport.MeasureReportGroupComponent group, String code) {
        return group.getPopulation().stream()
                .filter(p -> p.getCode().getCoding().stream().anyMatch(c -> code.equals(c.getCode())))
                .filter(MeasureReport.MeasureReportGroupPopulationComponent::hasCount)
                .map(p -> BigDecimal.valueOf(p.getCount()))
                .findFirst().orElse(null);
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
