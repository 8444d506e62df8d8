package no.ehelse.followup.initiative.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.rules.period.ReportingPeriod;

/** The rules a status report must follow, beyond the shape that bean validation checks. */
final class StatusReportRules {

    private StatusReportRules() {
    }

    /**
     * @return the report's period
     * @throws ProblemException 400 naming each invalid field
     */
    static ReportingPeriod check(Initiative initiative, StatusReportRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        ReportingPeriod period = period(initiative, request.period(), today, errors);
        if (request.overallStatus() != TrafficLight.GREEN && (request.summary() == null || request.summary().isBlank())) {
            errors.add(new FieldError("summary", "is required when overallStatus is " + request.overallStatus()
                    + ": explain the deviation"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return period;
    }

    private static ReportingPeriod period(Initiative initiative, String text, LocalDate today, List<FieldError> errors) {
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("period", e.getMessage()));
            return null;
        }
        if (period.kind() == ReportingPeriod.Kind.INTERVAL) {
            errors.add(new FieldError("period", "a status report is for one period: a tertial 2025T2, a quarter 2025Q3, "
                    + "a half-year, a year, a month or a date, not an interval"));
        } else if (period.startsAfter(today)) {
            errors.add(new FieldError("period", "lies in the future; a period can be reported once it has begun"));
        } else if (initiative.startDate() != null && period.end().isBefore(initiative.startDate())) {
            errors.add(new FieldError("period", "ends before the initiative started (" + initiative.startDate() + ")"));
        }
        return period;
    }
}
