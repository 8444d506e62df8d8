package no.ehelse.followup.events.initiative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the plan settles who owns an initiative (tiltakseier). */
@Schema(name = "Ownership", description = "SETTLED: the owners are named (at least one); SEVERAL: the plan says "
        + "\"Flere\", owners may be listed where known; UNDER_CLARIFICATION: \"Under avklaring\", no owners yet.")
public enum Ownership {
    SETTLED,
    SEVERAL,
    UNDER_CLARIFICATION
}
