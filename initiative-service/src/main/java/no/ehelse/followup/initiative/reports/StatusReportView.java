package no.ehelse.followup.initiative.reports;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.initiative.Assessments;
import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.events.initiative.TrafficLight;

/**
 * A status report revision as the REST API answers it. Mapped field by field from the recorded
 * state, so what the {@code status-report} events carry can grow without this answer changing unasked.
 */
@Schema(name = "StatusReport", description = "A status report (statusrapport) on an initiative by one owner for one "
        + "period, one revision of it: a correction is a new revision of the same (initiative, period, owner).")
public record StatusReportView(
        @Schema(example = "2.B") String initiativeId,
        @Schema(description = "The period as normalised: 2025T2 (tertial), 2025Q3, 2025S1, 2025, 2025-09 or 2025-09-15",
                example = "2025T2") String period,
        @Schema(example = "2025-05-01") LocalDate periodStart,
        @Schema(description = "The report gives the status as of this day", example = "2025-08-31") LocalDate periodEnd,
        @Schema(description = "Organisation number of the owner reported for", example = "994598759") String owner,
        @Schema(description = "The owner's name as the initiative lists it; null for an organisation reporting without "
                + "being a listed owner (for an initiative without owner organisation numbers)",
                example = "Norsk helsenett SF") String ownerName,
        @Schema(description = "1 for the first report, counting up with each correction", example = "1") int revision,
        @Schema(description = "Whether this revision is the one in force") boolean current,
        @Schema(description = "GREEN on plan, YELLOW some deviation, RED substantial deviation", example = "YELLOW")
        TrafficLight overallStatus,
        @Schema(description = "The separate assessments; each null when not given") Assessments assessments,
        @Schema(example = "Utprøvingen i Helse Vest er avsluttet; utvidet utprøving venter på ny DIPS Arena-versjon.")
        String summary,
        String risks,
        String dependencies,
        String nextSteps,
        @Schema(description = "0–100", example = "40") Integer progressPercent,
        @Schema(description = "When this revision was recorded") Instant submittedAt,
        @Schema(description = "Who submitted it: the organisation and client (the admin's, when it reported on an owner's "
                + "behalf)") EventActor submittedBy) {

    static StatusReportView of(StatusReport report) {
        return new StatusReportView(report.initiativeId(), report.period(), report.periodStart(), report.periodEnd(),
                report.owner(), report.ownerName(), report.revision(), report.current(), report.overallStatus(),
                report.assessments(), report.summary(), report.risks(), report.dependencies(), report.nextSteps(),
                report.progressPercent(), report.submittedAt(), report.submittedBy());
    }
}
