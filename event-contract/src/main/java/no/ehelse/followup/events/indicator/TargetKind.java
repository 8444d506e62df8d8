package no.ehelse.followup.events.indicator;

/** How the plan states a target (måltall). */
public enum TargetKind {
    /** An absolute value, e.g. 85 %. */
    ABSOLUTE,
    /** A change relative to the baseline in percent, e.g. +20 % (value 20). */
    RELATIVE_CHANGE,
    /** n of a total, e.g. all 19 health communities (value 19, total 19). */
    N_OF_TOTAL,
    /** Not yet decided, e.g. "Avhenger av planer for innføring". */
    TO_BE_DECIDED
}
