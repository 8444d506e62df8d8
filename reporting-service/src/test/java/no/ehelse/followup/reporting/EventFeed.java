package no.ehelse.followup.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.testsupport.TopicWriter;

/**
 * Writes events to the topics as the producing services would, for the view to consume. The test
 * classes share one producer (they run in one Quarkus boot against one broker); a class that needs
 * its own, closed when it is done, makes one with {@code new EventFeed()}.
 */
final class EventFeed implements AutoCloseable {

    private static EventFeed shared;

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final TopicWriter topics = new TopicWriter(KafkaTestResource.broker().bootstrapServers());

    /** The producer the test classes share, closed when the test JVM ends. */
    static synchronized EventFeed shared() {
        if (shared == null) {
            shared = new EventFeed();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

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

    /** An event whose payload is a contract type, on the topic that its service publishes to. */
    void send(String topic, String aggregateType, String aggregateId, long version, String type, Object payload) {
        send(topic, UUID.randomUUID(), aggregateType, aggregateId, version, type, payload);
    }

    void send(String topic, UUID id, String aggregateType, String aggregateId, long version, String type, Object payload) {
        try {
            raw(topic, aggregateId, envelope(id, type, aggregateType, aggregateId, version, JSON.writeValueAsString(payload)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Anything at all, for example a poison record. */
    void raw(String topic, String key, String value) {
        topics.send(topic, key, value);
    }

    static String indicator(String id, String name) {
        return indicator(id, name, "1");
    }

    static String indicator(String id, String name, String goalId) {
        return """
                {"id": "%s", "goalId": "%s", "parentId": null, "name": "%s", "purpose": null,
                 "unit": {"kind": "PERCENT", "label": "%%"}, "type": "ADOPTION", "direction": "HIGHER_IS_BETTER",
                 "method": "Veikart for nasjonale e-helseløsninger", "dataSource": "NHN", "reporters": ["994598759"],
                 "status": "ACTIVE", "baseline": {"value": 46, "period": "2022-11", "text": "46 %% av befolkningen (nov 2022)"},
                 "targets": [{"year": 2025, "kind": "ABSOLUTE", "value": 85, "text": "85 %% av befolkningen"}], "version": 1}"""
                .formatted(id, goalId, name);
    }

    static String measurement(String indicatorId, String period, int revision, int value) {
        return """
                {"indicatorId": "%s", "period": "%s", "reportedBy": "994598759", "revision": %d, "current": true,
                 "value": %d, "reportedAt": "%s"}""".formatted(indicatorId, period, revision, value, Instant.now());
    }

    /** A producer for writing many events fast, as the benchmarks do. */
    static KafkaProducer<String, String> bulkProducer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        return new KafkaProducer<>(config);
    }

    /** The events the view has applied from all topics, as its freshness counts them. */
    static long eventsApplied(DataSource view) throws SQLException {
        try (Connection connection = view.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select coalesce(sum(events_applied), 0) from topic_freshness")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() {
        topics.close();
    }
}
