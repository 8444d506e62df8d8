package no.ehelse.followup.events.indicator;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One revision of a measurement: the value an organisation reports for an indicator and a period.
 * A correction is a new revision of the same (indicator, period, reporter).
 */
@Schema(name = "Measurement", description = "A measurement (måling) of an indicator for a period.")
public record Measurement(
        @Schema(example = "4.2.1") String indicatorId,
        @Schema(example = "2024Q3") String period,
        @Schema(description = "Organisation number of the reporting organisation", example = "994598759")
        String reportedBy,
        @Schema(example = "1") int revision,
        @Schema(description = "Whether this is the current revision", example = "true") boolean current,
        @Schema(example = "240") BigDecimal value,
        @Schema(example = "240") BigDecimal numerator,
        @Schema(example = "356") BigDecimal denominator,
        @Schema(example = "NHN, innføringsstatistikk") String source,
        String methodNote,
        Instant reportedAt,
        @Schema(description = "The OAuth2 client that reported it") String reportedByClient,
        @Schema(description = "Organisation number of the sub-unit that reported it (HelseID orgnr_child), if any")
        String reportedByChild,
        @Schema(description = "Organisation number of the supplier that reported it for the organisation "
                + "(HelseID orgnr_supplier), if any")
        String reportedBySupplier) {
}
