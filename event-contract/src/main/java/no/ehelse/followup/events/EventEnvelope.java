package no.ehelse.followup.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The envelope of every change event on the suite's topics (JSON Schema: {@code schema/event-envelope.schema.json}).
 *
 * @param eventId          unique per event; consumers use it to drop duplicates
 * @param type             what happened, for example {@code MeasurementRecorded}
 * @param aggregateType    the kind of thing that changed, for example {@code indicator}
 * @param aggregateId      its id; also the Kafka record key, so one aggregate's events stay in order
 * @param aggregateVersion a per-aggregate sequence starting at 1; a consumer ignores a version it has passed
 * @param occurredAt       when the change was committed by the producing service
 * @param actor            the organisation and client that made the change
 * @param schemaVersion    version of the payload schema for this type
 * @param payload          the aggregate's state after the change
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        String aggregateType,
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        EventActor actor,
        int schemaVersion,
        JsonNode payload) {
}
