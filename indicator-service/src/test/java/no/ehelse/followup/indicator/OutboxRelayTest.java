package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/**
 * The outbox relay as a consumer of the topic sees it: CloudEvents headers on every record, a wake-up at
 * commit (the test profile polls only every 30 s, so an event within seconds proves the wake-up), and a
 * record the broker can never take parked without letting its aggregate's later events overtake it.
 */
@QuarkusTest
class OutboxRelayTest {

    private static final String TOPIC = "indicator-events";

    @Inject
    DataSource dataSource;

    @Test
    void aReportIsPublishedAtCommitWithCloudEventsHeadersBesideTheEnvelope() {
        IndicatorApiTest.defineKjernejournal();
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), TOPIC)) {
            Instant before = Instant.now();
            given().auth().oauth2(Tokens.reporter(Organisations.NHN)).contentType(ContentType.JSON)
                    .body("{\"period\": \"2021-02\", \"value\": 120, \"numerator\": 120, \"denominator\": 356}")
                    .when().post("/api/v1/indicators/4.2.1/measurements")
                    .then().statusCode(201);
            String aggregate = "4.2.1:2021-02:" + Organisations.NHN;
            JsonNode event = events.await(e -> aggregate.equals(e.path("aggregateId").asText()), Duration.ofSeconds(10));
            assertTrue(Duration.between(before, Instant.now()).toSeconds() < 10,
                    "published long before the 30 s poll: the commit woke the relay");

            ConsumerRecord<String, String> record = events.records().stream()
                    .filter(r -> aggregate.equals(r.key())).findFirst().orElseThrow();
            String eventId = event.path("eventId").asText();
            assertEquals("1.0", header(record, "ce_specversion"));
            assertEquals(eventId, header(record, "ce_id"));
            assertEquals("/indicator-service", header(record, "ce_source"));
            assertEquals("no.ehelse.followup.MeasurementRecorded", header(record, "ce_type"));
            assertEquals(aggregate, header(record, "ce_subject"));
            assertEquals(Instant.parse(event.path("occurredAt").asText()), Instant.parse(header(record, "ce_time")));
            assertEquals("urn:ehelse-oppfolging:schema:indicator-events:2", header(record, "ce_dataschema"));
            assertEquals("application/json", header(record, "content-type"));
            assertEquals(eventId, header(record, "event-id"), "the original headers stay for existing consumers");
            assertEquals("MeasurementRecorded", header(record, "event-type"));
        }
    }

    @Test
    void aRecordTooLargeForTheBrokerIsParkedAndItsAggregatesLaterEventsWaitBehindIt() throws Exception {
        String held = "relay-test-" + UUID.randomUUID();
        String other = "relay-test-" + UUID.randomUUID();
        double parkedBefore = metric("followup_outbox_parked_total");
        // Rows as a service writes them, one larger than max.request.size (4 MiB): no API accepts a body that size.
        long tooLarge = insert(held, "{\"type\": \"RelayProbe\", \"padding\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}");
        long behind = insert(held, "{\"type\": \"RelayProbe\", \"aggregateId\": \"" + held + "\", \"seq\": 2}");
        long unrelated = insert(other, "{\"type\": \"RelayProbe\", \"aggregateId\": \"" + other + "\", \"seq\": 1}");

        await().atMost(Duration.ofSeconds(20)).until(() -> published(unrelated));
        assertNotNull(column(tooLarge, "parked_at"), "the oversized row is parked");
        assertTrue(column(tooLarge, "parked_reason").contains("max.request.size"), column(tooLarge, "parked_reason"));
        assertFalse(published(behind), "the later event of the same aggregate waits behind the parked one");
        assertEquals(parkedBefore + 1, metric("followup_outbox_parked_total"), "counted");

        // An operator fixes the cause and releases the row: both go out, in their order.
        execute("update outbox_event set envelope = '{\"type\": \"RelayProbe\", \"aggregateId\": \"" + held
                + "\", \"seq\": 1}', parked_at = null where id = " + tooLarge);
        execute("notify outbox_event");
        await().atMost(Duration.ofSeconds(20)).until(() -> published(behind));
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), TOPIC)) {
            events.await(e -> held.equals(e.path("aggregateId").asText()) && e.path("seq").asInt() == 2, Duration.ofSeconds(10));
            List<Integer> order = events.events().stream().filter(e -> held.equals(e.path("aggregateId").asText()))
                    .map(e -> e.path("seq").asInt()).toList();
            assertEquals(List.of(1, 2), order);
        }
    }

    private long insert(String key, String envelope) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        insert into outbox_event (event_id, topic, message_key, event_type, envelope, created_at)
                        values (?, ?, ?, 'RelayProbe', ?, now()) returning id""")) {
            statement.setObject(1, UUID.randomUUID());
            statement.setString(2, TOPIC);
            statement.setString(3, key);
            statement.setString(4, envelope);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Whether the relay has published the row: it is no longer queued in outbox_pending. */
    private boolean published(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select count(*) from outbox_pending where id = ?")) {
            statement.setLong(1, id);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1) == 0;
            }
        }
    }

    private String column(long id, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select " + name + " from outbox_event where id = ?")) {
            statement.setLong(1, id);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(sql);
        }
    }

    private static double metric(String name) {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
