package no.ehelse.followup.events.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the council model has approved an edition or still has it under consideration. */
@Schema(name = "EditionStatus", description = "APPROVED: approved in the council model (approvedBy, approvedOn); "
        + "UNDER_CONSIDERATION: frozen as sent for consideration («behandles i Rådsmodellen»), not approved.")
public enum EditionStatus {
    APPROVED,
    UNDER_CONSIDERATION
}
