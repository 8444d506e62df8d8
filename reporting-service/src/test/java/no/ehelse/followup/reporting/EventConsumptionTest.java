package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * How the consumer treats what arrives: records that break the event contract go to the dead-letter
 * topic and consumption goes on; a failure of the view's own database is waited out, never
 * dead-lettered.
 */
@QuarkusTest
class EventConsumptionTest {

    private static final String DEAD_LETTER_TOPIC = "reporting-dead-letter";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static EventFeed feed;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void connect() {
        feed = new EventFeed();
    }

    @AfterAll
    static void disconnect() {
        feed.close();
    }

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
            feed.raw(Topics.INDICATOR_EVENTS, "junk", junk);
            feed.send(wrongUnit, "indicator", "1.4", 1, "IndicatorDefined", "{\"id\": \"1.4\", \"unit\": \"not a unit\"}");
            feed.send(withoutTargets, "indicator", "1.6", 1, "IndicatorDefined", indicator.toString());
            feed.send(Topics.INITIATIVE_EVENTS, withoutLifecycleDate, InitiativeEvents.INITIATIVE, "4.E", 1,
                    InitiativeEvents.INITIATIVE_DEFINED, initiative);
            feed.send("indicator", "1.5", 1, "IndicatorDefined", EventFeed.indicator("1.5", "Spredning av digital hjemmeoppfølging"));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                    .when().get("/api/v1/status/indicators/1.5")
                    .then().statusCode(200)
                    .body("latest", nullValue()));
            await().atMost(Duration.ofSeconds(30)).until(() -> List.of(junk, wrongUnit.toString(),
                    withoutTargets.toString(), withoutLifecycleDate.toString()).stream()
                    .allMatch(marker -> contains(deadLetters.drain(Duration.ofMillis(200)), marker)));
        }
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/indicators/1.4").then().statusCode(404);
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/indicators/1.6").then().statusCode(404);
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/initiatives/4.E").then().statusCode(404);
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/overview").then().statusCode(200);
    }

    @Test
    void aDatabaseFailureIsRetriedUntilItPassesAndNothingIsDeadLettered() throws Exception {
        UUID event = UUID.randomUUID();
        try (EventProbe deadLetters = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(),
                DEAD_LETTER_TOPIC)) {
            sql("create function refuse_writes() returns trigger language plpgsql as "
                    + "$$ begin raise exception 'the view database refuses writes'; end $$",
                    "create trigger refuse_writes before insert on processed_event execute function refuse_writes()");
            try {
                feed.send(event, "indicator", "1.7", 1, "IndicatorDefined", EventFeed.indicator("1.7", "Tålmodig indikator"));
                // Long enough for several attempts; each fails on the database, none may be parked.
                Thread.sleep(3_000);
                given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/indicators/1.7").then().statusCode(404);
                assertFalse(contains(deadLetters.drain(Duration.ofMillis(500)), event.toString()),
                        "an event that failed on the database was dead-lettered");
            } finally {
                sql("drop trigger refuse_writes on processed_event", "drop function refuse_writes()");
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                    .when().get("/api/v1/status/indicators/1.7")
                    .then().statusCode(200)
                    .body("indicator.name", equalTo("Tålmodig indikator")));
            assertFalse(contains(deadLetters.drain(Duration.ofMillis(500)), event.toString()));
        }
        // Applied exactly once although it was attempted several times.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from processed_event where event_id = '" + event + "'")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
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
