package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import no.ehelse.followup.events.Topics;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.testsupport.Tokens;

/**
 * A valid event that fails on every attempt (an integrity violation, a projector bug) is parked after the
 * test profile's three attempts, with its reason, and the events after it in its partition are applied;
 * after the fix, a replay applies it, once.
 */
@QuarkusTest
class ParkingTest {

    private static final String DEAD_LETTER_TOPIC = "reporting-dead-letter";
    private static final int ATTEMPTS = 3;
    @Inject
    DataSource dataSource;

    @Test
    void anIntegrityViolationIsParkedItsPartitionMovesOnAndAReplayAfterTheFixAppliesIt() throws Exception {
        UUID before = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        double parkedBefore = Metrics.value("reporting_events_parked_total", "kind=\"APPLY\"");
        sql("alter table indicator_view add constraint refuses_rejected_names check (name not like 'Avvist%')");
        Map<String, Object> parked;
        try (EventProbe deadLetters = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(),
                DEAD_LETTER_TOPIC)) {
            // One key, so one partition: the rejected event sits between two that pass.
            EventFeed.shared().raw(Topics.INDICATOR_EVENTS, "1.8", EventFeed.envelope(before, "IndicatorDefined", "indicator", "1.11", 1,
                    EventFeed.indicator("1.11", "Før den avviste")));
            EventFeed.shared().raw(Topics.INDICATOR_EVENTS, "1.8", EventFeed.envelope(rejected, "IndicatorDefined", "indicator", "1.8", 1,
                    EventFeed.indicator("1.8", "Avvist indikator")));
            EventFeed.shared().raw(Topics.INDICATOR_EVENTS, "1.8", EventFeed.envelope(after, "IndicatorDefined", "indicator", "1.12", 1,
                    EventFeed.indicator("1.12", "Etter den avviste")));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> reader("/api/v1/status/indicators/1.12")
                    .statusCode(200).body("indicator.name", equalTo("Etter den avviste")));
            reader("/api/v1/status/indicators/1.11").statusCode(200);
            reader("/api/v1/status/indicators/1.8").statusCode(404);

            parked = parkedEntry(rejected);
            assertEquals("APPLY", parked.get("kind"));
            assertEquals(ATTEMPTS, parked.get("attempts"));
            assertEquals(Topics.INDICATOR_EVENTS, parked.get("topic"));
            assertTrue(((String) parked.get("reason")).contains("refuses_rejected_names"), (String) parked.get("reason"));
            String id = (String) parked.get("id");

            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.drain(Duration.ofMillis(200)).stream()
                    .anyMatch(record -> id.equals(Metrics.header(record, "parked-id"))));
            ConsumerRecord<String, String> published = deadLetters.records().stream()
                    .filter(record -> id.equals(Metrics.header(record, "parked-id"))).findFirst().orElseThrow();
            assertEquals("APPLY", Metrics.header(published, "dead-letter-kind"));
            assertEquals(Integer.toString(ATTEMPTS), Metrics.header(published, "dead-letter-attempts"));
            assertTrue(Metrics.header(published, "dead-letter-reason").contains("refuses_rejected_names"));
            assertTrue(published.value().contains(rejected.toString()));
            assertEquals("1.8", published.key());
        } finally {
            sql("alter table indicator_view drop constraint if exists refuses_rejected_names");
        }
        assertTrue(Metrics.value("reporting_events_parked_total", "kind=\"APPLY\"") >= parkedBefore + 1);

        // Fixed (the constraint is gone): the replay applies it.
        admin().post("/api/v1/admin/parked/" + parked.get("id") + "/replay").then().statusCode(200)
                .body("replayOutcome", equalTo("APPLIED"));
        reader("/api/v1/status/indicators/1.8").statusCode(200).body("indicator.name", equalTo("Avvist indikator"));
    }

    @Test
    void aReplayThatStillFailsIsAConflictAndAfterTheFixAppliesTheEventOnce() throws Exception {
        UUID rejected = UUID.randomUUID();
        sql("alter table indicator_view add constraint refuses_withdrawn_names check (name not like 'Trukket%')");
        String id;
        try {
            EventFeed.shared().send(rejected, "indicator", "1.9", 1, "IndicatorDefined", EventFeed.indicator("1.9", "Trukket indikator"));
            id = (String) parkedEntry(rejected).get("id");

            admin().post("/api/v1/admin/parked/" + id + "/replay").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("refuses_withdrawn_names"));
            assertEquals(ATTEMPTS + 1, parkedEntry(rejected).get("attempts"));
        } finally {
            sql("alter table indicator_view drop constraint if exists refuses_withdrawn_names");
        }
        admin().post("/api/v1/admin/parked/" + id + "/replay").then().statusCode(200)
                .body("replayOutcome", equalTo("APPLIED"))
                .body("replayedAt", notNullValue());
        reader("/api/v1/status/indicators/1.9").statusCode(200).body("indicator.name", equalTo("Trukket indikator"));
        // A second replay finds the event applied and changes nothing.
        admin().post("/api/v1/admin/parked/" + id + "/replay").then().statusCode(200)
                .body("replayOutcome", equalTo("DUPLICATE"));
        assertEquals(1, count("select count(*) from processed_event where event_id = '" + rejected + "'"));
        List<String> pending = admin().get("/api/v1/admin/parked?pending=true&limit=1000").then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertFalse(pending.contains(id), "a replayed record is still pending");
    }

    @Test
    void aProjectorBugIsParkedAndReplayedOnceFixed() {
        UUID buggy = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        FaultyProjector.broken = true;
        String id;
        try {
            EventFeed.shared().raw(Topics.INDICATOR_EVENTS, "fault-1", EventFeed.envelope(buggy, "FaultRecorded",
                    FaultyProjector.AGGREGATE_TYPE, "fault-1", 1, "{}"));
            EventFeed.shared().raw(Topics.INDICATOR_EVENTS, "fault-1", EventFeed.envelope(next, "IndicatorDefined", "indicator", "1.13", 1,
                    EventFeed.indicator("1.13", "Etter feilen")));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> reader("/api/v1/status/indicators/1.13")
                    .statusCode(200));
            Map<String, Object> parked = parkedEntry(buggy);
            assertEquals("APPLY", parked.get("kind"));
            assertTrue(((String) parked.get("reason")).contains("the projector has a bug"), (String) parked.get("reason"));
            id = (String) parked.get("id");
        } finally {
            FaultyProjector.broken = false;
        }
        assertFalse(FaultyProjector.APPLIED.contains(buggy));
        admin().post("/api/v1/admin/parked/" + id + "/replay").then().statusCode(200)
                .body("replayOutcome", equalTo("APPLIED"));
        assertTrue(FaultyProjector.APPLIED.contains(buggy));
    }

    @Test
    void onlyTheAdminSeesAndReplaysParkedRecordsAndBadParametersAre400s() {
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/admin/parked").then().statusCode(403);
        given().auth().oauth2(Tokens.reader()).when().post("/api/v1/admin/parked/" + UUID.randomUUID() + "/replay")
                .then().statusCode(403);
        given().when().get("/api/v1/admin/parked").then().statusCode(401);
        admin().post("/api/v1/admin/parked/" + UUID.randomUUID() + "/replay").then().statusCode(404)
                .contentType("application/problem+json");
        admin().post("/api/v1/admin/parked/not-a-uuid/replay").then().statusCode(400).body("errors[0].field", equalTo("id"));
        admin().get("/api/v1/admin/parked?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        admin().get("/api/v1/admin/parked?pending=maybe").then().statusCode(400).body("errors[0].field", equalTo("pending"));
    }

    /** Waits until the event is parked, and returns its entry in the admin's list. */
    private static Map<String, Object> parkedEntry(UUID eventId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> admin().get("/api/v1/admin/parked?limit=1000")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>> getList("").stream()
                .filter(entry -> eventId.toString().equals(entry.get("eventId"))).findFirst().orElse(null),
                entry -> entry != null);
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).when();
    }

    private static ValidatableResponse reader(String path) {
        return given().auth().oauth2(Tokens.reader()).when().get(path).then();
    }

    private long count(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
