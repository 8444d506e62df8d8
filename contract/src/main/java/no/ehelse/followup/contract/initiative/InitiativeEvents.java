package no.ehelse.followup.contract.initiative;

/** Event and aggregate types on {@code initiative-events}. Payloads carry the aggregate's full state. */
public final class InitiativeEvents {

    public static final int SCHEMA_VERSION = 1;

    /** Payload {@link Initiative}; aggregate id is the initiative id. */
    public static final String INITIATIVE = "initiative";

    public static final String INITIATIVE_DEFINED = "InitiativeDefined";
    public static final String INITIATIVE_CHANGED = "InitiativeChanged";

    private InitiativeEvents() {
    }
}
