package no.ehelse.followup.events.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation or group of organisations in the roadmap. Some roadmap actors, such as
 * "Kommuner", have no organisation number; they cannot call the API themselves.
 */
@Schema(name = "Actor", description = "An actor (aktør) of the roadmap. Only an actor with an organisation number can "
        + "report for itself; others (e.g. \"Kommuner\", \"HDO\") are reported for by the admin.")
public record Actor(
        @Schema(description = "Organisation number (Brønnøysund), if the actor has one in our data", example = "994598759")
        String organisationNumber,
        @Schema(example = "Norsk helsenett SF") String name) {

    /** How the actor is identified within a delivery: its organisation number, else its name. */
    public String key() {
        return organisationNumber != null ? organisationNumber : name;
    }
}
