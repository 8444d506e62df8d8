package no.ehelse.followup.reporting.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.contract.indicator.GoalKind;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp;

/** The whole status view: every goal with its indicators, and how fresh each source is. */
@Schema(name = "Overview")
public record Overview(List<GoalStatus> goals, List<Freshness> freshness) {

    @Schema(name = "GoalStatus")
    public record GoalStatus(String id, GoalKind kind, String name, List<IndicatorFollowUp> indicators) {
    }

    @Schema(name = "Freshness", description = "When a source topic last delivered an event to the view")
    public record Freshness(String topic, Instant lastEventOccurredAt, Instant lastAppliedAt, long eventsApplied) {
    }
}
