package no.ehelse.followup.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;
import no.ehelse.followup.testsupport.TopicWriter;
import no.ehelse.followup.webhook.subscriptions.SubscriptionCatalog;
import no.ehelse.followup.webhook.subscriptions.SubscriptionEntity;

/**
 * Webhooks end to end: a subscription through the API, events on the real topics, and a subscriber's
 * endpoint that verifies what it receives as a partner would, with a Standard Webhooks library.
 */
@QuarkusTest
class WebhookApiTest {

    private static final String PATH = "/api/v1/webhooks/subscriptions";

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @jakarta.inject.Inject
    SubscriptionCatalog catalog;
    private static TopicWriter topics;

    @BeforeAll
    static void connect() {
        topics = new TopicWriter(KafkaTestResource.broker().bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        topics.close();
    }

    /** An indicator of its own per test, so no other test's events can match its subscription. */
    private static String newIndicator() {
        return "4.2.t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonPath subscribe(String token, String endpoint, String filter) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"endpoint\": \"" + endpoint + "\", \"filter\": " + filter + "}")
                .when().post(PATH)
                .then().statusCode(201)
                .body("secret", startsWith("whsec_"))
                .extract().jsonPath();
    }

    private static String measurementEvent(String indicatorId, String period, String reporter) {
        String id = indicatorId + ":" + period + ":" + reporter;
        return """
                {"eventId": "%s", "type": "MeasurementRecorded", "aggregateType": "measurement", "aggregateId": "%s",
                 "aggregateVersion": 1, "occurredAt": "%s", "actor": {"organisation": "%s", "client": "reporter"},
                 "schemaVersion": 1, "payload": {"indicatorId": "%s", "period": "%s", "reportedBy": "%s", "value": 240,
                 "revision": 1}}""".formatted(UUID.randomUUID(), id, Instant.now().plusSeconds(1), reporter, indicatorId,
                period, reporter);
    }

    @Test
    void aMatchingEventIsDeliveredSignedAndAForgedSignatureFailsVerification() throws Exception {
        String indicator = newIndicator();
        try (Receiver receiver = new Receiver()) {
            JsonPath subscription = subscribe(Tokens.reporter(Organisations.HELSE_VEST), receiver.endpoint(),
                    "{\"eventTypes\": [\"MeasurementRecorded\"], \"indicatorId\": \"" + indicator + "\"}");
            String event = measurementEvent(indicator, "2024", Organisations.NHN);
            topics.send("indicator-events", indicator + ":2024:" + Organisations.NHN, event);
            topics.send("indicator-events", "other", measurementEvent(indicator + "9", "2024", Organisations.NHN));

            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
            Receiver.Received delivery = receiver.received().get(0);
            assertEquals(event, delivery.body(), "the envelope as published, byte for byte");
            assertEquals(JsonPath.from(event).getString("eventId"), delivery.header("webhook-id"));
            Webhook verifier = new Webhook(subscription.getString("secret"));
            verifier.verify(delivery.body(), delivery.headers());
            assertThrows(WebhookVerificationException.class,
                    () -> verifier.verify(delivery.body().replace("240", "999"), delivery.headers()), "a tampered body");
            assertThrows(WebhookVerificationException.class, () -> new Webhook("whsec_" + java.util.Base64.getEncoder()
                    .encodeToString(new byte[32])).verify(delivery.body(), delivery.headers()), "another secret");

            Thread.sleep(1000);
            assertEquals(1, receiver.received().size(), "the other indicator's event does not match");
            given().auth().oauth2(Tokens.reporter(Organisations.HELSE_VEST))
                    .when().get(PATH + "/" + subscription.getString("id") + "/deliveries")
                    .then().statusCode(200)
                    .body("size()", equalTo(1))
                    .body("[0].status", equalTo("DELIVERED"))
                    .body("[0].attempts[0].statusCode", equalTo(200));
        }
    }

    @Test
    void aSubscriberThatAnswers500GetsTheDeliveryAgainAndEveryAttemptIsLogged() throws Exception {
        String indicator = newIndicator();
        try (Receiver receiver = new Receiver(500)) {
            String token = Tokens.reporter(Organisations.NHN);
            JsonPath subscription = subscribe(token, receiver.endpoint(),
                    "{\"eventTypes\": [\"MeasurementRecorded\"], \"indicatorId\": \"" + indicator + "\"}");
            topics.send("indicator-events", indicator, measurementEvent(indicator, "2025", Organisations.NHN));

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 2);
            JsonPath deliveries = given().auth().oauth2(token)
                    .when().get(PATH + "/" + subscription.getString("id") + "/deliveries")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals("DELIVERED", deliveries.getString("[0].status"));
            assertEquals(List.of(500, 200), deliveries.getList("[0].attempts.statusCode"));
            assertEquals(receiver.received().get(0).header("webhook-id"), receiver.received().get(1).header("webhook-id"),
                    "a retry carries the same webhook-id, so the subscriber can drop a duplicate");

            // Redelivery on request, of a delivered one too.
            given().auth().oauth2(token)
                    .when().post("/api/v1/webhooks/deliveries/" + deliveries.getString("[0].id") + "/redeliver")
                    .then().statusCode(202).body("status", equalTo("PENDING"));
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 3);
        }
    }

    @Test
    void theSecretIsStoredSealedAndARotationSignsWithBothSecretsForAWhile() throws Exception {
        String indicator = newIndicator();
        try (Receiver receiver = new Receiver()) {
            String token = Tokens.reporter(Organisations.KS);
            JsonPath subscription = subscribe(token, receiver.endpoint(),
                    "{\"eventTypes\": [\"MeasurementRecorded\"], \"indicatorId\": \"" + indicator + "\"}");
            String id = subscription.getString("id");
            String first = subscription.getString("secret");
            assertTrue(stored(id).startsWith("aes-gcm:v1:") && !stored(id).contains(first.substring(6)),
                    "the database holds the secret sealed, not as given");

            given().auth().oauth2(Tokens.reporter(Organisations.NHN)).when().post(PATH + "/" + id + "/secret")
                    .then().statusCode(404);
            JsonPath rotated = given().auth().oauth2(token).when().post(PATH + "/" + id + "/secret")
                    .then().statusCode(200)
                    .body("secret", startsWith("whsec_"))
                    .body("previousSecretValidUntil", org.hamcrest.Matchers.notNullValue())
                    .extract().jsonPath();
            String second = rotated.getString("secret");
            assertNotEquals(first, second);
            given().auth().oauth2(token).when().get(PATH + "/" + id).then().statusCode(200).body("secret", nullValue());

            topics.send("indicator-events", indicator, measurementEvent(indicator, "2023", Organisations.KS));
            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
            Receiver.Received delivery = receiver.received().get(0);
            assertEquals(2, delivery.header("webhook-signature").split(" ").length, delivery.header("webhook-signature"));
            new Webhook(second).verify(delivery.body(), delivery.headers());
            new Webhook(first).verify(delivery.body(), delivery.headers());
        }
    }

    @Test
    void aSecretStoredBeforeSealingIsSealedAndStillSigns() throws Exception {
        UUID id = UUID.randomUUID();
        String plain = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[] { 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
                7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7 });
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("insert into subscription (id, organisation, client, endpoint, "
                        + "secret, event_types, created_at, removed_at) values (?, ?, 'legacy', 'https://x.example/hook', ?, "
                        + "array['MeasurementRecorded'], now(), now())")) {
            // Ended at once, so it owes no deliveries while other tests run.
            insert.setObject(1, id);
            insert.setString(2, Organisations.FHI);
            insert.setString(3, plain);
            insert.executeUpdate();
        }
        assertTrue(catalog.sealPlainSecrets() >= 1);
        assertTrue(stored(id.toString()).startsWith("aes-gcm:v1:"), "sealed in place");
        assertEquals(List.of(plain), catalog.signingSecrets(
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> SubscriptionEntity.findById(id))));
    }

    private String stored(String subscription) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement("select secret from subscription where id = ?")) {
            query.setObject(1, UUID.fromString(subscription));
            try (var result = query.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    @Test
    void aSubscriptionIsItsOrganisationsOwn() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonPath subscription = subscribe(Tokens.reporter(Organisations.HELSE_VEST), receiver.endpoint(),
                    "{\"eventTypes\": [\"IndicatorChanged\"]}");
            String id = subscription.getString("id");
            given().auth().oauth2(Tokens.reporter(Organisations.HELSE_VEST)).when().get(PATH + "/" + id)
                    .then().statusCode(200).body("organisation", equalTo(Organisations.HELSE_VEST)).body("secret", nullValue());
            given().auth().oauth2(Tokens.reporter(Organisations.NHN)).when().get(PATH + "/" + id)
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(Tokens.reporter(Organisations.NHN)).when().delete(PATH + "/" + id)
                    .then().statusCode(404);
            given().auth().oauth2(Tokens.reporter(Organisations.NHN)).when().get(PATH)
                    .then().statusCode(200).body("id", not(hasItem(id)));
            given().auth().oauth2(Tokens.admin()).when().get(PATH).then().statusCode(200).body("id", hasItem(id));
            given().when().get(PATH).then().statusCode(401);

            given().auth().oauth2(Tokens.reporter(Organisations.HELSE_VEST)).when().delete(PATH + "/" + id)
                    .then().statusCode(204);
            given().auth().oauth2(Tokens.reporter(Organisations.HELSE_VEST)).when().get(PATH + "/" + id)
                    .then().statusCode(404);
        }
    }

    @Test
    void aSubscriptionWithoutHttpsOrWithAnUnknownEventTypeIsRefusedNamingTheField() {
        Map<String, String> refused = Map.of(
                "endpoint", "{\"endpoint\": \"http://integrasjon.helse-vest.no/hook\", \"filter\": {\"eventTypes\": [\"MeasurementRecorded\"]}}",
                "filter.eventTypes[1]", "{\"endpoint\": \"https://integrasjon.helse-vest.no/hook\", \"filter\": {\"eventTypes\": [\"MeasurementRecorded\", \"MeasurementDeleted\"]}}",
                "filter.eventTypes", "{\"endpoint\": \"https://integrasjon.helse-vest.no/hook\", \"filter\": {\"eventTypes\": []}}");
        refused.forEach((field, body) -> given().auth().oauth2(Tokens.reporter(Organisations.HELSE_VEST))
                .contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON)
                .body("{\"endpoint\": \"https://x.example/hook\", \"filter\": {\"eventTypes\": [\"MeasurementRecorded\"]}}")
                .when().post(PATH)
                .then().statusCode(403).contentType("application/problem+json");
    }
}
