package no.ehelse.followup.events.initiative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an initiative is in its life. Only an active initiative is expected to report status. */
@Schema(name = "Lifecycle", description = "PROPOSED (foreslått, not started), ACTIVE (pågår), COMPLETED (avsluttet, done), "
        + "STOPPED (stanset before completion).")
public enum Lifecycle {
    PROPOSED,
    ACTIVE,
    COMPLETED,
    STOPPED;

    /** Completed and stopped initiatives have ended, on their endDate. */
    public boolean hasEnded() {
        return this == COMPLETED || this == STOPPED;
    }
}
