package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import no.ehelse.followup.events.Topics;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.testsupport.Tokens;

/**
 * How the consumer treats what arrives: records that break the event contract are parked on the
 * dead-letter topic and consumption goes on; an outage of the view's own database is waited out, however
 * long, never dead-lettered, and never turns liveness DOWN.
 */
@QuarkusTest
class EventConsumptionTest {

    private static final String DEAD_LETTER_TOPIC = "reporting-dead-letter";
    /** The test profile's throttled.unprocessed-record-max-age.ms. */
    private static final Duration UNACKNOWLEDGED_TIMEOUT = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    @Inject
    DataSource dataSource;

    @Test
    void recordsThatBreakTheContractAreDeadLetteredAndConsumptionGoesOn() throws Exception {
        UUID wrongUnit = UUID.randomUUID();
        UUID withoutTargets = UUID.randomUUID();
        UUID withoutLifecycleDate = UUID.randomUUID();
        ObjectNode indicator = (ObjectNode) JSON.readTree(EventFeed.indicator("1.6", "Indikator uten mål"));
        indicator.remove("targets");
        ObjectNode initiative = JSON.valueToTree(FollowUpPayloads.initiative("4.E", "Initiativ uten livsløpsdato"));
        initiative.remove("lifecycleChangedAt");
        String junk = "{\"this is\": \"not an envelope " + UUID.randomUUID() + "\"";

        try (EventProbe deadLetters = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(),
                DEAD_LETTER_TOPIC)) {
            EventFeed.shared().raw(Topics.INDICATOR_EVENTS, "junk", junk);
            EventFeed.shared().send(wrongUnit, "indicator", "1.4", 1, "IndicatorDefined", "{\"id\": \"1.4\", \"unit\": \"not a unit\"}");
            EventFeed.shared().send(withoutTargets, "indicator", "1.6", 1, "IndicatorDefined", indicator.toString());
            EventFeed.shared().send(Topics.INITIATIVE_EVENTS, withoutLifecycleDate, InitiativeEvents.INITIATIVE, "4.E", 1,
                    InitiativeEvents.INITIATIVE_DEFINED, initiative);
            EventFeed.shared().send("indicator", "1.5", 1, "IndicatorDefined", EventFeed.indicator("1.5", "Spredning av digital hjemmeoppfølging"));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                    .when().get("/api/v1/status/indicators/1.5")
                    .then().statusCode(200)
                    .body("latest", nullValue()));
            await().atMost(Duration.ofSeconds(30)).until(() -> List.of(junk, wrongUnit.toString(),
                    withoutTargets.toString(), withoutLifecycleDate.toString()).stream()
                    .allMatch(marker -> contains(deadLetters.drain(Duration.ofMillis(200)), marker)));
            // Parked with the reason and where it came from in its headers.
            ConsumerRecord<String, String> parked = deadLetters.records().stream()
                    .filter(record -> record.value().contains(wrongUnit.toString())).findFirst().orElseThrow();
            assertEquals("CONTRACT", Metrics.header(parked, "dead-letter-kind"));
            assertEquals(Topics.INDICATOR_EVENTS, Metrics.header(parked, "dead-letter-topic"));
            assertTrue(Metrics.header(parked, "dead-letter-reason").contains("breaks the event contract"),
                    Metrics.header(parked, "dead-letter-reason"));
        }
        assertTrue(Metrics.value("reporting_events_parked_total", "kind=\"CONTRACT\"") >= 4);
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/indicators/1.4").then().statusCode(404);
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/indicators/1.6").then().statusCode(404);
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/initiatives/4.E").then().statusCode(404);
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/overview").then().statusCode(200);
    }

    @Test
    void aDatabaseOutageLongerThanTheConnectorsTimeoutIsWaitedOutAndEveryEventIsAppliedOnce() throws Exception {
        UUID during = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        try (EventProbe deadLetters = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(),
                DEAD_LETTER_TOPIC)) {
            // The database refuses every write as a server going down does (SQL state 57P01).
            sql("create function refuse_writes() returns trigger language plpgsql as "
                    + "$$ begin raise exception using errcode = '57P01', message = 'the view database is going down'; end $$",
                    "create trigger refuse_writes before insert on processed_event execute function refuse_writes()");
            try {
                double failuresBefore = Metrics.value("reporting_consumer_transient_failures_total");
                EventFeed.shared().send(during, "indicator", "1.7", 1, "IndicatorDefined", EventFeed.indicator("1.7", "Tålmodig indikator"));
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> Metrics.value("reporting_consumer_transient_failures_total") > failuresBefore);
                // Held well past the connector's timeout on unacknowledged records (2 s in the test profile),
                // which used to fail the channel and turn liveness DOWN for good.
                Thread.sleep(UNACKNOWLEDGED_TIMEOUT.multipliedBy(3).toMillis());
                given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
                given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/indicators/1.7").then().statusCode(404);
                assertFalse(contains(deadLetters.drain(Duration.ofMillis(500)), during.toString()),
                        "an event that failed on the database was dead-lettered");
            } finally {
                sql("drop trigger refuse_writes on processed_event", "drop function refuse_writes()");
            }
            EventFeed.shared().send(after, "indicator", "1.7", 2, "IndicatorChanged", EventFeed.indicator("1.7", "Tålmodig indikator, igjen"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                    .when().get("/api/v1/status/indicators/1.7")
                    .then().statusCode(200)
                    .body("indicator.name", equalTo("Tålmodig indikator, igjen")));
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            assertFalse(contains(deadLetters.drain(Duration.ofMillis(500)), during.toString()));
            assertFalse(contains(deadLetters.drain(Duration.ofMillis(200)), after.toString()));
        }
        // Each applied exactly once although the first was attempted many times.
        assertEquals(1, count("select count(*) from processed_event where event_id = '" + during + "' and outcome = 'APPLIED'"));
        assertEquals(1, count("select count(*) from processed_event where event_id = '" + after + "' and outcome = 'APPLIED'"));
    }

    private long count(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean contains(List<ConsumerRecord<String, String>> records, String marker) {
        return records.stream().anyMatch(record -> record.value() != null && record.value().contains(marker));
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
