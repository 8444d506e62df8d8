package no.ehelse.followup.events.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How firm a planned period is; the roadmap draws planned activity solid and tentative activity dashed. */
@Schema(name = "Certainty", description = "PLANNED: a plan (heltrukken linje, solid line); TENTATIVE: a forecast or "
        + "expectation (stiplet linje, dashed line).")
public enum Certainty {
    PLANNED,
    TENTATIVE
}
