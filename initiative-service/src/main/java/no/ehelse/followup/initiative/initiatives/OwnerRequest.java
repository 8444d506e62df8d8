package no.ehelse.followup.initiative.initiatives;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.initiative.Owner;
import no.ehelse.followup.events.initiative.OwnerRole;

@Schema(name = "OwnerRequest", description = "An owner (tiltakseier). organisationNumber may be null for owners that have "
        + "none, such as \"Helseregistre\"; only owners with one report status themselves.")
public record OwnerRequest(
        @Schema(example = "994598759") String organisationNumber,
        @NotBlank @Size(max = 300) @Schema(example = "Norsk helsenett SF") String name,
        @Schema(description = "LEAD or IN_COLLABORATION («i samarbeid med»); absent when the plan does not say")
        OwnerRole role,
        @Schema(description = "Owner since this day, when it took over from a former owner; not in the future",
                example = "2024-01-01") LocalDate since) {

    Owner toOwner() {
        return new Owner(organisationNumber == null || organisationNumber.isBlank() ? null : organisationNumber.trim(),
                name.trim(), role, since);
    }
}
