package no.ehelse.followup.rules.initiative;

import no.ehelse.followup.events.initiative.Initiative;

/** Where an initiative stands on a day: its current status and its reporting calendar, from its owners' reports. */
public record InitiativeStanding(Initiative initiative, CurrentStatus currentStatus, ReportingSchedule reporting) {
}
