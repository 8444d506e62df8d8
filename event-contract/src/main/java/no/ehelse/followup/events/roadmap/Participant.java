package no.ehelse.followup.events.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participating actor of a delivery with its latest progress. */
@Schema(name = "Participant", description = "A participating actor (deltakende aktør) and the phase it last reported; "
        + "progress is null until it reports.")
public record Participant(
        @Schema(example = "983658725") String organisationNumber,
        @Schema(example = "Helse Vest RHF") String name,
        ActorProgress progress,
        @Schema(description = "Its role where the roadmap states one; null otherwise and in older events") ParticipantRole role) {

    /** A participant without a stated role. */
    public Participant(String organisationNumber, String name, ActorProgress progress) {
        this(organisationNumber, name, progress, null);
    }
}
