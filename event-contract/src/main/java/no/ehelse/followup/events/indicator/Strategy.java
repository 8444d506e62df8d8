package no.ehelse.followup.events.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The strategy itself, as published in {@code StrategyDefined} and {@code StrategyChanged} events. */
@Schema(name = "Strategy", description = "The strategy the goals belong to, with its vision (visjon).")
public record Strategy(
        @Schema(example = "Nasjonal e-helsestrategi 2023–2030") String name,
        @Schema(description = "The strategy's vision, verbatim", example = "Sammen om helhetlige, trygge og nyskapende "
                + "tjenester som fremmer helse og mestring") String vision,
        @Schema(example = "2023") int fromYear,
        @Schema(example = "2030") int toYear,
        @Schema(description = "Increases with every change; the aggregate version of its events", example = "1")
        long version) {
}
