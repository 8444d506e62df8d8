package no.ehelse.followup.events.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.EventActor;

/** A frozen edition of the roadmap, such as Veikart 2025. It never changes. */
@Schema(name = "Edition", description = "A frozen edition of the roadmap, approved or under consideration. It never changes.")
public record Edition(
        @Schema(example = "1") long id,
        @Schema(example = "Veikart 2025") String name,
        @Schema(description = "Null while under consideration", example = "Nasjonalt e-helseråd") String approvedBy,
        @Schema(description = "Null while under consideration", example = "2025-06-30") LocalDate approvedOn,
        String description,
        Instant frozenAt,
        EventActor frozenBy,
        List<EditionDelivery> deliveries,
        @Schema(description = "APPROVED or UNDER_CONSIDERATION; absent in older events means APPROVED") EditionStatus status) {

    /** An approved edition, as every edition was before editions under consideration. */
    public Edition(long id, String name, String approvedBy, LocalDate approvedOn, String description, Instant frozenAt,
            EventActor frozenBy, List<EditionDelivery> deliveries) {
        this(id, name, approvedBy, approvedOn, description, frozenAt, frozenBy, deliveries, EditionStatus.APPROVED);
    }
}
