package no.ehelse.followup.events.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a strategic goal serves the strategy's target groups (strategi-2023-2030, «Strategiske mål»). */
@Schema(name = "GoalBenefit", description = "DIRECT: the goal gives direct benefit to the strategy's target groups "
        + "(direkte nytte, goals 1–3); ENABLING: it is a goal that makes the others possible (tilretteleggende, goals 4–5).")
public enum GoalBenefit {
    DIRECT,
    ENABLING
}
