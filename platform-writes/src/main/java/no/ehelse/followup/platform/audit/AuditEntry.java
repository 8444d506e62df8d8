package no.ehelse.followup.platform.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import no.ehelse.followup.events.EventActor;

/** One change as the audit log tells it. */
@Schema(name = "AuditEntry", description = "One change (endring): who made it, when, why where it says, and the "
        + "aggregate's state before and after.")
public record AuditEntry(
        Instant occurredAt,
        @Schema(example = "MeasurementCorrected") String eventType,
        @Schema(example = "measurement") String aggregateType,
        @Schema(example = "4.2.1:2024:994598759") String aggregateId,
        @Schema(description = "The aggregate's version after the change (a measurement's revision)", example = "2")
        long aggregateVersion,
        @Schema(description = "Who: organisation, sub-unit, supplier and client from the access token") EventActor actor,
        @Schema(description = "Why, where the state gives a reason for its latest change; null otherwise (a "
                + "milestone's reasons are in its history within the state)") String reason,
        @Schema(description = "The aggregate's state before: the previous change's; null for the first") JsonNode before,
        @Schema(description = "The aggregate's state after the change") JsonNode after) {
}
