package no.ehelse.followup.events.initiative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the follow-up collects an initiative's status (the plan's "Hvordan innhente status på initiativet?"). */
@Schema(name = "StatusSourceKind", description = "NATIONAL_PORTFOLIO: Nasjonal portefølje; DIRECT_FROM_OWNER: directly "
        + "from the owner (\"Direkte fra Helsedirektoratet\", \"Innhente status fra RHF-ene\"); OWNER_REPORTING: the owners' "
        + "own reporting (\"Rapportering fra …\"); COUNCIL_PROCESS: treated in the council model or a committee (TBU); "
        + "OTHER: anything else, described in text.")
public enum StatusSourceKind {
    NATIONAL_PORTFOLIO,
    DIRECT_FROM_OWNER,
    OWNER_REPORTING,
    COUNCIL_PROCESS,
    OTHER
}
