package no.ehelse.followup.reporting.initiatives;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.rules.initiative.CurrentStatus;
import no.ehelse.followup.rules.initiative.ReportingSchedule;
import no.ehelse.followup.rules.initiative.RuleTexts;

@Schema(name = "InitiativeStatus", description = "An initiative with the latest status report of each owner, the status "
        + "derived from them and its overdue reports, as of today, by the same rules as initiative-service. "
        + RuleTexts.DERIVED_STATUS)
public record InitiativeStatus(
        Initiative initiative,
        @Schema(description = "latestReports holds each owner's latest report; overallStatus is the derived status")
        CurrentStatus currentStatus,
        ReportingSchedule reporting) {
}
