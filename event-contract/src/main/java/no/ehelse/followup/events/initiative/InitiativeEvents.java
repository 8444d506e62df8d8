package no.ehelse.followup.events.initiative;

/**
 * Event and aggregate types on {@code initiative-events} (JSON Schema:
 * {@code schema/initiative-events.schema.json}). Payloads carry the aggregate's full state after
 * the change, so a consumer needs only the latest event of each aggregate.
 * <p>
 * The initiative's derived current status and its overdue reports depend on the day they are
 * asked for, so they are not in any payload; a consumer computes them from the status reports by
 * the rules in README.md ("initiative-service rules").
 */
public final class InitiativeEvents {

    public static final int SCHEMA_VERSION = 1;

    /** Payload {@link Initiative}; aggregate id is the initiative id, e.g. {@code 2.B}. */
    public static final String INITIATIVE = "initiative";
    /**
     * Payload {@link StatusReport}; aggregate id is {@code initiativeId:period:owner} (see
     * {@link #statusReportId}) and the aggregate version is the revision.
     */
    public static final String STATUS_REPORT = "status-report";

    /** The admin added the initiative. */
    public static final String INITIATIVE_DEFINED = "InitiativeDefined";
    /** The admin changed its definition, lifecycle unchanged. */
    public static final String INITIATIVE_CHANGED = "InitiativeChanged";
    /** The admin moved it to another lifecycle (possibly changing more at the same time); see {@code lifecycle}. */
    public static final String INITIATIVE_LIFECYCLE_CHANGED = "InitiativeLifecycleChanged";
    /** An owner (or the admin on its behalf) submitted the first revision of a status report. */
    public static final String STATUS_REPORT_SUBMITTED = "StatusReportSubmitted";
    /** A status report was corrected: a new revision that is now current. */
    public static final String STATUS_REPORT_CORRECTED = "StatusReportCorrected";

    private InitiativeEvents() {
    }

    public static String statusReportId(String initiativeId, String period, String owner) {
        return initiativeId + ":" + period + ":" + owner;
    }
}
