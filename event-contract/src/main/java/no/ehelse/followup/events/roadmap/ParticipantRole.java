package no.ehelse.followup.events.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a participating actor does in a delivery, where the roadmap says so. */
@Schema(name = "ParticipantRole", description = "LEAD: leads the work beside or for the national owner (lederrolle); "
        + "SOURCE: provides the data or the source system (kilde); CONSUMER: receives and uses the data or solution "
        + "(konsument); APPROVER: approves or decides (godkjenner). A participant may have several (a health trust both "
        + "shares documents as a source and reads them as a consumer), or none when the roadmap states none, as for most "
        + "participants taking a solution into use.")
public enum ParticipantRole {
    LEAD,
    SOURCE,
    CONSUMER,
    APPROVER
}
