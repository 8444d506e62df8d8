package no.ehelse.followup.indicator.measurements;

import java.math.BigDecimal;

import no.ehelse.followup.indicator.indicators.UnitValues;

/**
 * What a measurement says, as compared to tell a correction from a re-send: numbers canonical
 * (12 and 12.0 are the same measurement), so record equality is the comparison.
 */
public record MeasurementContent(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String source,
        String methodNote) {

    public MeasurementContent {
        value = UnitValues.canonical(value);
        numerator = UnitValues.canonical(numerator);
        denominator = UnitValues.canonical(denominator);
    }

    static MeasurementContent of(MeasurementRequest request) {
        return new MeasurementContent(request.value(), request.numerator(), request.denominator(), request.source(),
                request.methodNote());
    }
}
