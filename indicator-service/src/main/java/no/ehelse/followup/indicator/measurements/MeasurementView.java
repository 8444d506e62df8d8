package no.ehelse.followup.indicator.measurements;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.indicator.Measurement;

/**
 * A measurement revision as the REST API answers it. Mapped field by field from the recorded state,
 * so what the {@code measurement} events carry can grow without this answer changing unasked.
 */
@Schema(name = "Measurement", description = "A measurement (måling) of an indicator for a period, one revision of it: "
        + "a correction is a new revision of the same (indicator, period, reporter).")
public record MeasurementView(
        @Schema(example = "4.2.1") String indicatorId,
        @Schema(description = "The period as normalised: 2024, 2024S1, 2024Q3, 2024-09 or 2024-09-15", example = "2024Q3")
        String period,
        @Schema(description = "Organisation number of the organisation that reported it", example = "994598759")
        String reportedBy,
        @Schema(description = "1 for the first report, counting up with each correction", example = "2") int revision,
        @Schema(description = "Whether this revision is the one in force") boolean current,
        @Schema(example = "240") BigDecimal value,
        @Schema(example = "240") BigDecimal numerator,
        @Schema(example = "356") BigDecimal denominator,
        @Schema(example = "NHN, innføringsstatistikk for kjernejournal") String source,
        String methodNote,
        @Schema(description = "When this revision was recorded") Instant reportedAt,
        @Schema(description = "The OAuth2 client that reported it", example = "nhn") String reportedByClient,
        @Schema(description = "Organisation number of the sub-unit that reported it (HelseID orgnr_child), if any")
        String reportedByChild,
        @Schema(description = "Organisation number of the supplier that reported it for the organisation "
                + "(HelseID orgnr_supplier), if any")
        String reportedBySupplier) {

    static MeasurementView of(Measurement measurement) {
        return new MeasurementView(measurement.indicatorId(), measurement.period(), measurement.reportedBy(),
                measurement.revision(), measurement.current(), measurement.value(), measurement.numerator(),
                measurement.denominator(), measurement.source(), measurement.methodNote(), measurement.reportedAt(),
                measurement.reportedByClient(), measurement.reportedByChild(), measurement.reportedBySupplier());
    }
}
