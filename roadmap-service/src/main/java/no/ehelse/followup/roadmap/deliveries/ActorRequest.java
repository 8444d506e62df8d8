package no.ehelse.followup.roadmap.deliveries;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.roadmap.Actor;
import no.ehelse.followup.events.roadmap.ParticipantRole;

@Schema(name = "ActorRequest", description = "An actor of the roadmap. organisationNumber may be null for actors that "
        + "have none in our data, such as \"Kommuner\" or \"HDO\"; only actors with one can report for themselves.")
public record ActorRequest(
        @Schema(example = "983658725") String organisationNumber,
        @NotBlank @Size(max = 300) @Schema(example = "Helse Vest RHF") String name,
        @Schema(description = "A participant's roles where the roadmap states any (LEAD, SOURCE, CONSUMER, APPROVER); "
                + "owners have none") List<@NotNull ParticipantRole> roles) {

    /** An actor without a role. */
    public ActorRequest(String organisationNumber, String name) {
        this(organisationNumber, name, null);
    }

    List<ParticipantRole> rolesOrEmpty() {
        return roles == null ? List.of() : roles;
    }

    Actor toActor() {
        return new Actor(organisationNumber == null || organisationNumber.isBlank() ? null : organisationNumber.trim(),
                name.trim());
    }
}
