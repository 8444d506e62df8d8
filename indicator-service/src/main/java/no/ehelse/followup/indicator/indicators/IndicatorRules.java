package no.ehelse.followup.indicator.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.ehelse.followup.events.indicator.Baseline;
import no.ehelse.followup.events.indicator.Target;
import no.ehelse.followup.events.indicator.Unit;
import no.ehelse.followup.events.indicator.UnitKind;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.rules.organisation.OrganisationNumber;
import no.ehelse.followup.rules.period.ReportingPeriod;

/** The rules an indicator definition must follow, beyond the shape that bean validation checks. */
final class IndicatorRules {

    /** Under a strategic goal (1–5) or, as the plan says they will be set, an overarching one (O1–O3). */
    static final String ID_PATTERN = "([1-5]|O[1-3])(\\.[0-9]{1,2})+";

    private IndicatorRules() {
    }

    static List<FieldError> check(String id, IndicatorRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.parentId() != null && !id.startsWith(request.parentId() + ".")) {
            errors.add(new FieldError("parentId", "the parent of " + id + " must be a prefix of its id, e.g. 4.2 for 4.2.1"));
        }
        if (!id.startsWith(request.goalId() + ".")) {
            errors.add(new FieldError("goalId", "indicator " + id + " belongs to goal " + id.substring(0, id.indexOf('.'))));
        }
        for (int i = 0; i < request.reporters().size(); i++) {
            if (!OrganisationNumber.isValid(request.reporters().get(i))) {
                errors.add(new FieldError("reporters[" + i + "]", "is not a valid organisation number (9 digits, mod-11 check digit)"));
            }
        }
        if (request.unit().kind() == UnitKind.SHARE && request.unit().denominator() != null
                && request.unit().denominator().signum() <= 0) {
            errors.add(new FieldError("unit.denominator", "must be positive"));
        }
        checkBaseline(request, errors);
        List<Target> targets = request.targets() == null ? List.of() : request.targets();
        for (int i = 0; i < targets.size(); i++) {
            checkTarget("targets[" + i + "]", targets.get(i), request.unit(), errors);
        }
        return errors;
    }

    private static final int MAX_SERIES_BREAK = 2000;

    private static void checkBaseline(IndicatorRequest request, List<FieldError> errors) {
        Baseline baseline = request.baseline();
        if (baseline == null) {
            return;
        }
        if (baseline.value() == null && (baseline.text() == null || baseline.text().isBlank())) {
            errors.add(new FieldError("baseline", "needs a value or the plan's text"));
        }
        if (baseline.period() != null) {
            try {
                ReportingPeriod.parse(baseline.period());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("baseline.period", e.getMessage()));
            }
        }
        if (baseline.seriesBreak() != null && baseline.seriesBreak().length() > MAX_SERIES_BREAK) {
            errors.add(new FieldError("baseline.seriesBreak", "is longer than " + MAX_SERIES_BREAK + " characters"));
        }
        UnitValues.check("baseline.", request.unit(), baseline.value(), baseline.numerator(),
                baseline.denominator(), errors);
    }

    private static void checkTarget(String field, Target target, Unit unit, List<FieldError> errors) {
        if (target.kind() == null) {
            errors.add(new FieldError(field + ".kind", "must not be null"));
            return;
        }
        if (target.year() == null && target.deadline() == null) {
            errors.add(new FieldError(field + ".year", "a target needs a year or a deadline"));
        }
        if (target.year() != null && (target.year() < 2020 || target.year() > 2040)) {
            errors.add(new FieldError(field + ".year", "must be within the strategy's horizon (2020–2040)"));
        }
        switch (target.kind()) {
            case ABSOLUTE -> {
                require(field + ".value", target.value(), errors);
                UnitValues.check(field + ".", unit, target.value(), null, null, errors);
            }
            case RELATIVE_CHANGE -> require(field + ".value", target.value(), errors);
            case N_OF_TOTAL -> {
                if (target.value() != null && target.total() != null && target.value().compareTo(target.total()) > 0) {
                    errors.add(new FieldError(field + ".value", "must not exceed the total"));
                }
                if (target.value() == null && (target.text() == null || target.text().isBlank())) {
                    errors.add(new FieldError(field + ".value", "needs a value or the plan's text"));
                }
            }
            case TO_BE_DECIDED -> {
                if (target.value() != null) {
                    errors.add(new FieldError(field + ".value", "a target to be decided has no value yet"));
                }
            }
        }
    }

    private static void require(String field, BigDecimal value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "must not be null for this kind of target"));
        }
    }
}
