package no.ehelse.followup.events.initiative;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An owner (tiltakseier) of an initiative. Some owners in the plan, such as "Helseregistre" or
 * "Virksomheter i sektoren", have no organisation number: they cannot report for themselves.
 */
@Schema(name = "Owner", description = "An owner (tiltakseier). Only an owner with an organisation number reports status "
        + "itself; owners without one (e.g. \"Helseregistre\") are reported for by the admin.")
public record Owner(
        @Schema(description = "Organisation number (Brønnøysund); null when the owner has none", example = "994598759")
        String organisationNumber,
        @Schema(example = "Norsk helsenett SF") String name,
        @Schema(description = "LEAD or IN_COLLABORATION; null when the plan does not say") OwnerRole role,
        @Schema(description = "Owner since this day, when it took over from a former owner; null otherwise",
                example = "2024-01-01") LocalDate since) {

    /** An owner whose role the plan does not state, owner from the start. */
    public Owner(String organisationNumber, String name) {
        this(organisationNumber, name, null, null);
    }
}
