package no.ehelse.followup.webhook.subscriptions;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.webhook.events.EventFacts;

/**
 * Which events a subscription receives: one of its event types, and every other criterion it names.
 */
@Schema(name = "EventFilter", description = "Which events are delivered: one of eventTypes, and every other criterion given")
public record EventFilter(
        @NotEmpty @Size(max = 30)
        @Schema(required = true, description = "Event types, as in the AsyncAPI documents (/q/asyncapi of each writing service)",
                examples = "[\"MeasurementRecorded\", \"MeasurementCorrected\"]")
        List<String> eventTypes,
        @Size(max = 10) @Schema(description = "Only events about this goal: the goal, its indicators and their measurements, its "
                + "initiatives and their status reports, its sub-goals and their deliveries", examples = "4")
        String goalId,
        @Size(max = 20) @Schema(description = "Only events about this indicator: the indicator, its measurements, and the "
                + "initiatives related to it", examples = "4.2.1")
        String indicatorId,
        @Size(max = 9) @Schema(description = "Only events made by or about this organisation (organisation number): its "
                + "reports and progress, what it owns or takes part in", examples = "994598759")
        String organisation) {

    public boolean matches(EventFacts event) {
        return eventTypes.contains(event.type())
                && (goalId == null || goalId.equals(event.goalId()))
                && (indicatorId == null || event.indicatorIds().contains(indicatorId))
                && (organisation == null || event.organisations().contains(organisation));
    }
}
