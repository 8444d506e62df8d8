package no.ehelse.followup.platform.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import no.ehelse.followup.events.EventActor;

/** One change as the audit log tells it. */
@Schema(name = "AuditEntry", description = "One change (endring): who made it, when, and the aggregate's state before "
        + "and after; a reason the change carries is part of the state (a milestone's in its history).")
public record AuditEntry(
        Instant occurredAt,
        @Schema(example = "MeasurementCorrected") String eventType,
        @Schema(example = "measurement") String aggregateType,
        @Schema(example = "4.2.1:2024:994598759") String aggregateId,
        @Schema(description = "The aggregate's version after the change (a measurement's revision)", example = "2")
        long aggregateVersion,
        @Schema(description = "Who: organisation, sub-unit, supplier and client from the access token") EventActor actor,
        @Schema(description = "The aggregate's state before: the previous change's; null for the first") JsonNode before,
        @Schema(description = "The aggregate's state after the change") JsonNode after) {
}
