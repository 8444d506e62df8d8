package no.ehelse.followup.platform.outbox;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import no.ehelse.followup.events.EventEnvelope;

/**
 * The Kafka headers of an event record: CloudEvents 1.0 in Kafka binary mode (the {@code ce_} attributes
 * beside the unchanged envelope as the value), plus the project's original {@code event-id} and
 * {@code event-type}, which existing consumers read.
 */
final class CloudEventHeaders {

    static final String SPEC_VERSION = "1.0";
    /** Reverse-DNS prefix of {@code ce_type}: {@code no.ehelse.followup.MeasurementRecorded}. */
    static final String TYPE_PREFIX = "no.ehelse.followup.";

    private CloudEventHeaders() {
    }

    /**
     * @param source the producing service, e.g. {@code indicator-service}
     * @param topic  the topic, whose JSON Schema ({@code urn:ehelse-oppfolging:schema:<topic>:<version>}) describes the payload
     */
    static Map<String, String> of(EventEnvelope envelope, String source, String topic) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", SPEC_VERSION);
        headers.put("ce_id", envelope.eventId().toString());
        headers.put("ce_source", "/" + source);
        headers.put("ce_type", TYPE_PREFIX + envelope.type());
        headers.put("ce_subject", envelope.aggregateId());
        headers.put("ce_time", DateTimeFormatter.ISO_INSTANT.format(envelope.occurredAt()));
        headers.put("ce_dataschema", "urn:ehelse-oppfolging:schema:" + topic + ":" + envelope.schemaVersion());
        headers.put("content-type", "application/json");
        headers.put("event-id", envelope.eventId().toString());
        headers.put("event-type", envelope.type());
        return headers;
    }
}
