package no.ehelse.followup.indicator.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import no.ehelse.followup.events.indicator.Unit;
import no.ehelse.followup.events.indicator.UnitKind;
import no.ehelse.followup.platform.problem.Problem.FieldError;

/** What a value may be given the indicator's unit: for measurements, baselines and targets alike. */
public final class UnitValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Larger than any figure the strategy counts (Norway's population, look-ups per year) by far. */
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e12");
    /** Decimals beyond this are noise in a follow-up figure, and 1e-300 is an error. */
    private static final int MAX_DECIMALS = 6;

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
     * Numbers are at most 10^12 with at most six decimals; counts (and a share's counts) are whole. When
     * the counts are given they decide: a count's or share's value is its numerator, a percent's value is
     * 100 · numerator / denominator within the rounding of the value's own decimals. Percent is 0–100,
     * counts are never negative, a share's numerator never exceeds its denominator, and a share of a
     * known total (4.2.1: of 356 municipalities) never exceeds that total unless the value names its own
     * denominator (the number of municipalities changes now and then).
     */
    public static void check(String prefix, Unit unitOfIndicator, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, List<FieldError> errors) {
        UnitKind unit = unitOfIndicator.kind();
        boolean whole = unit != UnitKind.PERCENT;
        boolean sane = plausible(prefix + "value", value, whole, errors)
                & plausible(prefix + "numerator", numerator, true, errors)
                & plausible(prefix + "denominator", denominator, true, errors);
        if (!sane) {
            return;
        }
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
        agree(prefix, unit, value, numerator, denominator, errors);
    }

    private static boolean plausible(String field, BigDecimal number, boolean whole, List<FieldError> errors) {
        if (number == null) {
            return true;
        }
        if (number.abs().compareTo(MAX_MAGNITUDE) > 0) {
            errors.add(new FieldError(field, "must be at most 10^12 in magnitude"));
            return false;
        }
        BigDecimal canonical = canonical(number);
        if (whole && canonical.scale() > 0) {
            errors.add(new FieldError(field, "must be a whole number (a count)"));
            return false;
        }
        if (canonical.scale() > MAX_DECIMALS) {
            errors.add(new FieldError(field, "must have at most " + MAX_DECIMALS + " decimals"));
            return false;
        }
        return true;
    }

    /** The value says what the counts say, when both are given (the probe stored 1e308 "of" 200/356). */
    private static void agree(String prefix, UnitKind unit, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, List<FieldError> errors) {
        if (value == null || numerator == null) {
            return;
        }
        if (unit != UnitKind.PERCENT) {
            if (value.compareTo(numerator) != 0) {
                errors.add(new FieldError(prefix + "value", "must equal the numerator (" + canonical(numerator)
                        .toPlainString() + "): a " + unit.name().toLowerCase() + "'s value is its count"));
            }
            return;
        }
        if (denominator == null || denominator.signum() <= 0) {
            return;
        }
        BigDecimal percent = numerator.multiply(HUNDRED).divide(denominator, MAX_DECIMALS + 2, RoundingMode.HALF_EVEN);
        // Half a unit of the value's last decimal: 56 and 56.3 both state 225 of 400 (56.25 %).
        BigDecimal tolerance = new BigDecimal("0.5").movePointLeft(Math.max(0, canonical(value).scale()));
        if (value.subtract(percent).abs().compareTo(tolerance) > 0) {
            errors.add(new FieldError(prefix + "value", "must be 100 · numerator / denominator (" + canonical(percent
                    .setScale(2, RoundingMode.HALF_EVEN)).toPlainString() + " %) to the value's precision"));
        }
    }
}
