package no.ehelse.followup.initiative.initiatives;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.initiative.FormerOwner;
import no.ehelse.followup.events.initiative.OwnerRole;

@Schema(name = "FormerOwnerRequest", description = "An owner until a date, and who took over. It is kept for the record "
        + "and is not asked for status reports.")
public record FormerOwnerRequest(
        @Schema(example = "915933149") String organisationNumber,
        @NotBlank @Size(max = 300) @Schema(example = "Direktoratet for e-helse") String name,
        OwnerRole role,
        @NotNull @Schema(description = "Its last day as owner; not in the future", example = "2023-12-31") LocalDate until,
        @Size(max = 300) @Schema(example = "Folkehelseinstituttet") String successor) {

    FormerOwner toFormerOwner() {
        return new FormerOwner(organisationNumber == null || organisationNumber.isBlank() ? null : organisationNumber.trim(),
                name.trim(), role, until, successor == null || successor.isBlank() ? null : successor.trim());
    }
}
