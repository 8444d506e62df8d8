package no.ehelse.followup.reporting;

import java.time.Instant;
import java.util.UUID;

import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.testsupport.TopicWriter;

/** Writes events to the topics as the producing services would, for the view to consume. */
final class EventFeed implements AutoCloseable {

    private final TopicWriter topics = new TopicWriter(KafkaTestResource.broker().bootstrapServers());

    static String envelope(UUID id, String type, String aggregateType, String aggregateId, long version, String payload) {
        return """
                {"eventId": "%s", "type": "%s", "aggregateType": "%s", "aggregateId": "%s", "aggregateVersion": %d,
                 "occurredAt": "%s", "actor": {"organisation": "983544622", "client": "strategioppfolging-admin"},
                 "schemaVersion": 1, "payload": %s}""".formatted(id, type, aggregateType, aggregateId, version,
                Instant.now(), payload);
    }

    void send(String aggregateType, String aggregateId, long version, String type, String payload) {
        send(UUID.randomUUID(), aggregateType, aggregateId, version, type, payload);
    }

    void send(UUID id, String aggregateType, String aggregateId, long version, String type, String payload) {
        raw("indicator-events", aggregateId, envelope(id, type, aggregateType, aggregateId, version, payload));
    }

    /** Anything at all, for example a poison record. */
    void raw(String topic, String key, String value) {
        topics.send(topic, key, value);
    }

    static String indicator(String id, String name) {
        return """
                {"id": "%s", "goalId": "1", "parentId": null, "name": "%s", "purpose": null,
                 "unit": {"kind": "PERCENT", "label": "%%"}, "type": "ADOPTION", "direction": "HIGHER_IS_BETTER",
                 "method": "Veikart for nasjonale e-helseløsninger", "dataSource": "NHN", "reporters": ["994598759"],
                 "status": "ACTIVE", "baseline": {"value": 46, "period": "2022-11", "text": "46 %% av befolkningen (nov 2022)"},
                 "targets": [{"year": 2025, "kind": "ABSOLUTE", "value": 85, "text": "85 %% av befolkningen"}], "version": 1}"""
                .formatted(id, name);
    }

    static String measurement(String indicatorId, String period, int revision, int value) {
        return """
                {"indicatorId": "%s", "period": "%s", "reportedBy": "994598759", "revision": %d, "current": true,
                 "value": %d, "reportedAt": "%s"}""".formatted(indicatorId, period, revision, value, Instant.now());
    }

    @Override
    public void close() {
        topics.close();
    }
}
