package no.ehelse.followup.indicator.indicators;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.indicator.Baseline;
import no.ehelse.followup.events.indicator.Direction;
import no.ehelse.followup.events.indicator.IndicatorStatus;
import no.ehelse.followup.events.indicator.IndicatorType;
import no.ehelse.followup.events.indicator.Target;
import no.ehelse.followup.events.indicator.Unit;

@Schema(name = "IndicatorRequest", description = "An indicator as the admin defines it.")
public record IndicatorRequest(
        @NotBlank @Schema(example = "4") String goalId,
        @Schema(example = "4.2") String parentId,
        @NotBlank @Size(max = 500) @Schema(example = "Kjernejournal innføring") String name,
        @Size(max = 10000) String purpose,
        @NotNull @Valid Unit unit,
        @NotNull IndicatorType type,
        @NotNull Direction direction,
        @Size(max = 2000) String method,
        @Size(max = 500) String dataSource,
        @NotNull @Schema(description = "Organisation numbers allowed to report measurements") List<@NotBlank String> reporters,
        @NotNull IndicatorStatus status,
        @Valid Baseline baseline,
        List<@NotNull @Valid Target> targets,
        @Schema(description = "true where the id is not the plan's own number but derived for a child the plan lists "
                + "without one; absent means false") Boolean derivedId) {
}
