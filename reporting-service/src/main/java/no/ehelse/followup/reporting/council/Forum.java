package no.ehelse.followup.reporting.council;

/** The bodies of the national council model for e-health (Nasjonal rådsmodell for e-helse). */
public enum Forum {
    /** Nasjonalt utvalg for faglige prioriteringer: advises on professional needs. */
    NUFA("NUFA"),
    /** Nasjonalt utvalg for IKT-prioriteringer: follows up the strategy's execution. */
    NUIT("NUIT"),
    /** Nasjonalt e-helseråd: recommends direction and priorities, approves adjustments. */
    NASJONALT_EHELSERAD("Nasjonalt e-helseråd");

    private final String title;

    Forum(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
