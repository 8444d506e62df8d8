package no.ehelse.followup.indicator.indicators;

import java.math.BigDecimal;
import java.util.List;

import no.ehelse.followup.events.indicator.Unit;
import no.ehelse.followup.events.indicator.UnitKind;
import no.ehelse.followup.platform.problem.Problem.FieldError;

/** What a value may be given the indicator's unit: for measurements, baselines and targets alike. */
public final class UnitValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private UnitValues() {
    }

    /** 240.0 and 240 are the same value: store and publish it as 240. */
    public static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Percent is 0–100, counts are never negative, a share's numerator never exceeds its denominator,
     * and a share of a known total (4.2.1: of 356 municipalities) never exceeds that total unless the
     * value names its own denominator (the number of municipalities changes now and then).
     */
    public static void check(String prefix, Unit unitOfIndicator, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, List<FieldError> errors) {
        UnitKind unit = unitOfIndicator.kind();
        if (value != null) {
            if (unit == UnitKind.PERCENT && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
                errors.add(new FieldError(prefix + "value", "must be between 0 and 100 for a percent indicator"));
            } else if (unit != UnitKind.PERCENT && value.signum() < 0) {
                errors.add(new FieldError(prefix + "value",
                        "must not be negative for a " + unit.name().toLowerCase() + " indicator"));
            }
        }
        if (numerator != null && numerator.signum() < 0) {
            errors.add(new FieldError(prefix + "numerator", "must not be negative"));
        }
        if (denominator != null && denominator.signum() <= 0) {
            errors.add(new FieldError(prefix + "denominator", "must be positive"));
        }
        if (numerator != null && denominator != null && numerator.compareTo(denominator) > 0) {
            errors.add(new FieldError(prefix + "numerator", "must not exceed the denominator"));
        }
        BigDecimal total = unitOfIndicator.denominator();
        if (unit == UnitKind.SHARE && total != null && denominator == null) {
            String ofTotal = "must not exceed the indicator's total of " + canonical(total).toPlainString()
                    + (unitOfIndicator.denominatorLabel() == null ? "" : " " + unitOfIndicator.denominatorLabel())
                    + " unless a denominator is given";
            if (value != null && value.compareTo(total) > 0) {
                errors.add(new FieldError(prefix + "value", ofTotal));
            }
            if (numerator != null && numerator.compareTo(total) > 0) {
                errors.add(new FieldError(prefix + "numerator", ofTotal));
            }
        }
    }
}
