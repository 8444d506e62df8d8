package no.ehelse.followup.events.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.EventActor;

/** A frozen edition of the roadmap, such as Veikart 2025. It never changes. */
@Schema(name = "Edition", description = "A frozen, approved edition of the roadmap. It never changes.")
public record Edition(
        @Schema(example = "1") long id,
        @Schema(example = "Veikart 2025") String name,
        @Schema(example = "Nasjonalt e-helseråd") String approvedBy,
        @Schema(example = "2025-06-30") LocalDate approvedOn,
        String description,
        Instant frozenAt,
        EventActor frozenBy,
        List<EditionDelivery> deliveries) {
}
