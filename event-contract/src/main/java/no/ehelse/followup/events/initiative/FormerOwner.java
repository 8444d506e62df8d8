package no.ehelse.followup.events.initiative;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An owner the initiative had until a date, and who took over; it is no longer asked for status. */
@Schema(name = "FormerOwner", description = "An owner until a date (tidligere tiltakseier). Only current owners are "
        + "asked for status reports.")
public record FormerOwner(
        @Schema(description = "Organisation number; null when the owner had none", example = "915933149")
        String organisationNumber,
        @Schema(example = "Direktoratet for e-helse") String name,
        @Schema(description = "Its role while it owned the initiative; null when the plan does not say") OwnerRole role,
        @Schema(description = "Its last day as owner", example = "2023-12-31") LocalDate until,
        @Schema(description = "The owner that took over, by name; null when none did", example = "Folkehelseinstituttet")
        String successor) {
}
