package no.ehelse.followup.initiative.initiatives;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.rules.initiative.CurrentStatus;
import no.ehelse.followup.rules.initiative.ReportingSchedule;

/**
 * An initiative as the API shows it: its definition (the event payload) with what follows from its
 * status reports as of today. The derived parts change with the date, so they are not published.
 */
@Schema(name = "InitiativeView", description = "An initiative with its current status, derived from its owners' latest "
        + "status reports, and its reporting calendar, both as of today.")
public record InitiativeView(
        @JsonUnwrapped Initiative initiative,
        CurrentStatus currentStatus,
        ReportingSchedule reporting) {
}
