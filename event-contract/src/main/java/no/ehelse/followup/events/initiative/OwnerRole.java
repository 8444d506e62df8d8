package no.ehelse.followup.events.initiative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What part an owner has, where the plan says so («NHN i samarbeid med Direktoratet for e-helse»). */
@Schema(name = "OwnerRole", description = "LEAD: the owner the plan names first or alone; IN_COLLABORATION: named "
        + "«i samarbeid med» the lead.")
public enum OwnerRole {
    LEAD,
    IN_COLLABORATION
}
