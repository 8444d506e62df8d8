package no.ehelse.followup.rules.initiative;

/**
 * The follow-up's rules in words, for the OpenAPI document; README.md ("initiative-service rules")
 * says the same. A {@code {followup.…}} placeholder is the setting in force, filled in when the
 * document is served.
 */
public final class RuleTexts {

    public static final String WHO_REPORTS = "Who reports: an owner organisation, for itself (the organisation number in "
            + "its token must be one of the owners'; anyone else gets 403). With several owners each reports separately. "
            + "The admin may report on behalf of any owner that has an organisation number by naming it in owner; for an "
            + "initiative with no owner organisation number (\"Flere\" without named owners, \"Under avklaring\", or only "
            + "owners such as \"Helseregistre\") the admin reports without owner, as its own organisation, which "
            + "collects the status (e.g. from the national portfolio). A PROPOSED initiative takes no reports (409); a "
            + "COMPLETED or STOPPED one only for periods that begin by its endDate (409 naming period).";

    public static final String CORRECTIONS = "A report is identified by (initiative, period, owner). A different content "
            + "for the same identity is a correction: a new revision that becomes current, the old ones kept "
            + "(?history=true), X-Write-Outcome: UPDATED. The same content again (texts compared trimmed) changes nothing: "
            + "no revision, no event, X-Write-Outcome: UNCHANGED. An Idempotency-Key header makes a re-send return the "
            + "original response.";

    public static final String DERIVED_STATUS = "Derived current status: an organisation's latest report is the current "
            + "revision of its report for the latest period (by the period's end, then its start). The reports counted are "
            + "the latest reports of the owners with an organisation number (for an initiative without any: of whoever "
            + "reported, in practice the admin) whose period ends on or after countedFrom, the start of the oldest of the "
            + "last N closed periods of the initiative's cadence (N = followup.initiatives.counted-periods, here "
            + "{followup.initiatives.counted-periods}; with 2 one missed report does not blank the status, two do). overallStatus is the worst of the counted reports' "
            + "overall statuses (RED over YELLOW over GREEN), null when none counts.";

    public static final String OVERDUE = "Reporting calendar: each owner is expected to report reportsPerYear times a "
            + "year (default 3: the tertials T1 January–April, T2 May–August, T3 September–December; 1, 2, 4 and 12 give "
            + "years, half-years, quarters and months). A period's report is due by its deadline, the period's last day "
            + "plus a grace period (followup.initiatives.report-grace-days, here "
            + "{followup.initiatives.report-grace-days} days); after the deadline the period is closed: with 30 days "
            + "2025T2 is due by 30 September 2025 and closed from 1 October. Only an ACTIVE initiative expects "
            + "reports, for the periods that end on or after reportingFrom (the later of its startDate and the day it "
            + "became ACTIVE in this service). An owner with an organisation number is overdue when the latest closed "
            + "period is expected and the owner has no report for it or a later period: a report counts for the cadence "
            + "period its end falls in (a tertial, a quarter or a date alike) and covers the periods before it. An "
            + "initiative without owner organisation numbers is overdue when it has no such report at all. missingPeriods "
            + "lists the closed periods since the owner's latest report.";

    private RuleTexts() {
    }
}
