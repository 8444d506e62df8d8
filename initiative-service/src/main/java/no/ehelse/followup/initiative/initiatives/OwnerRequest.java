package no.ehelse.followup.initiative.initiatives;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.initiative.Owner;

@Schema(name = "OwnerRequest", description = "An owner (tiltakseier). organisationNumber may be null for owners that have "
        + "none, such as \"Helseregistre\"; only owners with one report status themselves.")
public record OwnerRequest(
        @Schema(example = "994598759") String organisationNumber,
        @NotBlank @Size(max = 300) @Schema(example = "Norsk helsenett SF") String name) {

    Owner toOwner() {
        return new Owner(organisationNumber == null || organisationNumber.isBlank() ? null : organisationNumber.trim(),
                name.trim());
    }
}
