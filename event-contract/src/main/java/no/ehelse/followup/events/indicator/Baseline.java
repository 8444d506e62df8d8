package no.ehelse.followup.events.indicator;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Baseline", description = "Utgangspunkt: where the indicator stood when the plan was made. "
        + "Some baselines have no number, only the plan's text.")
public record Baseline(
        @Schema(example = "147") BigDecimal value,
        @Schema(example = "147") BigDecimal numerator,
        @Schema(example = "356") BigDecimal denominator,
        @Schema(description = "The period it was measured in", example = "2022-11-29") String period,
        @Schema(description = "The plan's own text", example = "147/356 kommuner (29.11.22)") String text,
        @Schema(description = "A break in the series: why measurements from now on do not compare with this baseline "
                + "(measured on something since replaced); null when there is none", example = "Målt på Veikart for "
                + "nasjonale e-helseløsninger, som er erstattet av Veikart for nasjonal e-helsestrategi")
        String seriesBreak) {

    /** A baseline with no break in the series after it. */
    public Baseline(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String period, String text) {
        this(value, numerator, denominator, period, text, null);
    }
}
