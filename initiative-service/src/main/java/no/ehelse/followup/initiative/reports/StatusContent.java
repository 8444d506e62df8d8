package no.ehelse.followup.initiative.reports;

import no.ehelse.followup.events.initiative.Assessments;
import no.ehelse.followup.events.initiative.TrafficLight;

/**
 * The content of a status report, normalised so that the same report sent again compares equal:
 * texts trimmed, blank texts and absent assessments as null.
 */
record StatusContent(TrafficLight overallStatus, Assessments assessments, String summary, String risks,
        String dependencies, String nextSteps, Integer progressPercent) {

    static StatusContent of(StatusReportRequest request) {
        return new StatusContent(request.overallStatus(),
                request.assessments() == null ? Assessments.NONE : request.assessments(),
                text(request.summary()), text(request.risks()), text(request.dependencies()), text(request.nextSteps()),
                request.progressPercent());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
