package no.ehelse.followup.events.initiative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional separate assessments of a status report; null where the owner did not assess. */
@Schema(name = "Assessments", description = "Separate assessments besides the overall status, each optional: scope "
        + "(omfang), schedule (fremdrift), cost (kostnad), benefits (gevinster) and risk (risiko).")
public record Assessments(
        @Schema(example = "GREEN") TrafficLight scope,
        @Schema(example = "YELLOW") TrafficLight schedule,
        @Schema(example = "GREEN") TrafficLight cost,
        @Schema(example = "GREEN") TrafficLight benefits,
        @Schema(example = "YELLOW") TrafficLight risk) {

    public static final Assessments NONE = new Assessments(null, null, null, null, null);
}
