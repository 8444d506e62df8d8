package no.ehelse.followup.events.roadmap;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participating actor of a delivery with its latest progress. */
@Schema(name = "Participant", description = "A participating actor (deltakende aktør) and the phase it last reported; "
        + "progress is null until it reports.")
public record Participant(
        @Schema(example = "983658725") String organisationNumber,
        @Schema(example = "Helse Vest RHF") String name,
        ActorProgress progress,
        @Schema(description = "Its roles where the roadmap states any, in the enum's order (an actor may be both source "
                + "and consumer); empty otherwise, null in older events") List<ParticipantRole> roles) {

    /** A participant without a stated role. */
    public Participant(String organisationNumber, String name, ActorProgress progress) {
        this(organisationNumber, name, progress, List.of());
    }
}
