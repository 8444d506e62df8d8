package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.ehelse.followup.platform.idempotency.IdempotencyKeyPurge;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.EventSchemas;
import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

@QuarkusTest
class MeasurementApiTest {

    private static final String PATH = "/api/v1/indicators/4.2.1/measurements";

    @Inject
    javax.sql.DataSource dataSource;

    @Inject
    IdempotencyKeyPurge purge;

    @BeforeEach
    void defineIndicator() {
        IndicatorApiTest.defineKjernejournal();
    }

    private static io.restassured.response.ValidatableResponse post(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then();
    }

    @Test
    void aReporterRecordsAMeasurementAndItIsPublished() {
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), "indicator-events")) {
            post(Tokens.reporter(Organisations.NHN), """
                    {"period": "2023-06", "value": 240, "numerator": 240, "denominator": 356, "source": "NHN"}""")
                    .statusCode(201)
                    .header("X-Write-Outcome", "CREATED")
                    .body("reportedBy", equalTo(Organisations.NHN))
                    .body("revision", equalTo(1));

            JsonNode event = events.await(e -> "MeasurementRecorded".equals(e.path("type").asText())
                    && e.path("aggregateId").asText().equals("4.2.1:2023-06:" + Organisations.NHN), Duration.ofSeconds(30));
            EventSchemas.assertValid("indicator-events", event);
            com.fasterxml.jackson.databind.node.ObjectNode broken = event.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("payload")).remove("reportedBy");
            org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                    () -> EventSchemas.assertValid("indicator-events", broken), "the schema check can fail");
            assertEquals("measurement", event.path("aggregateType").asText());
            assertEquals("240", event.path("payload").path("value").toString(), "published as the number it was reported as");
            assertEquals(Organisations.NHN, event.path("actor").path("organisation").asText());
        }
    }

    @Test
    void aCorrectionIsANewRevisionAndHistoryIsKept() {
        String token = Tokens.reporter(Organisations.NHN);
        post(token, "{\"period\": \"2023-09\", \"value\": 250}").statusCode(201);
        post(token, "{\"period\": \"2023-09\", \"value\": 251}")
                .statusCode(200)
                .header("X-Write-Outcome", "UPDATED")
                .body("revision", equalTo(2));

        given().auth().oauth2(Tokens.reader()).when().get(PATH)
                .then().statusCode(200)
                .body("findAll { it.period == '2023-09' }", hasSize(1))
                .body("find { it.period == '2023-09' }.value", equalTo(251));
        given().auth().oauth2(Tokens.reader()).queryParam("history", true).when().get(PATH)
                .then().statusCode(200)
                .body("findAll { it.period == '2023-09' }.revision", equalTo(List.of(1, 2)))
                .body("findAll { it.period == '2023-09' }.current", equalTo(List.of(false, true)));
    }

    @Test
    void aCorrectionIsANewRevisionAndIsPublished() {
        String token = Tokens.reporter(Organisations.NHN);
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), "indicator-events")) {
            post(token, "{\"period\": \"2023-01\", \"value\": 205}").statusCode(201);
            post(token, "{\"period\": \"2023-01\", \"value\": 207, \"methodNote\": \"Etterregistrert kommune\"}")
                    .statusCode(200)
                    .header("X-Write-Outcome", "UPDATED")
                    .body("revision", equalTo(2));
            JsonNode corrected = events.await(e -> "MeasurementCorrected".equals(e.path("type").asText())
                    && e.path("aggregateId").asText().equals("4.2.1:2023-01:" + Organisations.NHN), Duration.ofSeconds(30));
            EventSchemas.assertValid("indicator-events", corrected);
            assertEquals(2, corrected.path("aggregateVersion").asLong());
            assertEquals(2, corrected.path("payload").path("revision").asInt());
            assertEquals("207", corrected.path("payload").path("value").toString());
        }
        given().auth().oauth2(Tokens.reader()).when().get(PATH)
                .then().statusCode(200)
                .body("findAll { it.period == '2023-01' }.value", equalTo(List.of(207)));
        given().auth().oauth2(Tokens.reader()).queryParam("history", true).when().get(PATH)
                .then().statusCode(200)
                .body("findAll { it.period == '2023-01' }.revision", org.hamcrest.Matchers.containsInAnyOrder(1, 2));
    }

    @Test
    void theSameMeasurementTwiceIsIgnored() {
        String token = Tokens.reporter(Organisations.NHN);
        post(token, "{\"period\": \"2023Q4\", \"value\": 260}").statusCode(201);
        post(token, "{\"period\": \"2023Q4\", \"value\": 260.0}")
                .statusCode(200)
                .header("X-Write-Outcome", "UNCHANGED")
                .body("revision", equalTo(1))
                .body("value", equalTo(260));
    }

    @Test
    void aResendWithTheSameIdempotencyKeyGetsTheOriginalResponse() {
        String key = java.util.UUID.randomUUID().toString();
        String token = Tokens.reporter(Organisations.NHN);
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"period\": \"2022-06\", \"value\": 100}")
                .when().post(PATH)
                .then().statusCode(201).header("X-Write-Outcome", "CREATED");
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"period\": \"2022-06\", \"value\": 100}")
                .when().post(PATH)
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("X-Write-Outcome", "CREATED")
                .body("revision", equalTo(1));
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"period\": \"2022-06\", \"value\": 101}")
                .when().post(PATH)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        given().auth().oauth2(Tokens.reader()).queryParam("history", true).when().get(PATH)
                .then().statusCode(200)
                .body("findAll { it.period == '2022-06' }", hasSize(1));
    }

    @Test
    void anIdempotencyKeyIsForgottenAfterItsRetention() throws Exception {
        String key = java.util.UUID.randomUUID().toString();
        String token = Tokens.reporter(Organisations.NHN);
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"period\": \"2022-07\", \"value\": 110}")
                .when().post(PATH)
                .then().statusCode(201);
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.PreparedStatement age = connection.prepareStatement(
                        "update idempotency_key set created_at = now() - interval '25 hours' where key = ?")) {
            age.setString(1, key);
            assertEquals(1, age.executeUpdate());
        }
        purge.purgeExpired();
        // The key now names a new request: a different body is a correction, not a 422.
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"period\": \"2022-07\", \"value\": 111}")
                .when().post(PATH)
                .then().statusCode(200)
                .header("X-Write-Outcome", "UPDATED")
                .body("revision", equalTo(2));
    }

    @Test
    void anOrganisationNotRegisteredForTheIndicatorIsForbiddenAndNothingIsWritten() {
        post(Tokens.reporter(Organisations.HELSE_VEST), "{\"period\": \"2023-03\", \"value\": 200}")
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.reader()).queryParam("history", true).when().get(PATH)
                .then().statusCode(200)
                .body("findAll { it.period == '2023-03' }", hasSize(0));
    }

    @Test
    void badInputIsRejectedNamingTheField() {
        String token = Tokens.reporter(Organisations.NHN);
        post(token, "{\"period\": \"2023Q5\", \"value\": 10}").statusCode(400)
                .body("errors[0].field", equalTo("period"));
        post(token, "{\"period\": \"2099\", \"value\": 10}").statusCode(400)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", equalTo("lies in the future; a period can be reported once it has begun"));
        post(token, "{\"period\": \"2023\", \"value\": -1}").statusCode(400)
                .body("errors[0].field", equalTo("value"));
        post(token, "{\"period\": \"2023\", \"value\": 10, \"numerator\": 400, \"denominator\": 356}").statusCode(400)
                .body("errors[0].field", equalTo("numerator"));
        post(token, "{\"period\": \"2023\"}").statusCode(400)
                .body("errors[0].field", equalTo("value"));
        // 4.2.1 counts municipalities of 356: more is impossible unless the report names another total.
        post(token, "{\"period\": \"2023\", \"value\": 400}").statusCode(400)
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", equalTo(
                        "must not exceed the indicator's total of 356 kommuner unless a denominator is given"));
        post(token, "{\"period\": \"2023\", \"value\": 300, \"numerator\": 400}").statusCode(400)
                .body("errors[0].field", equalTo("numerator"));

        given().auth().oauth2(Tokens.reader()).queryParam("history", true).when().get(PATH)
                .then().statusCode(200)
                .body("findAll { it.period == '2023' }", hasSize(0));
        given().auth().oauth2(Tokens.reader()).queryParam("history", "yes").when().get(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("history"));
    }

    @Test
    void aShareMayExceedTheUsualTotalWhenTheReportNamesItsOwn() {
        // From 2024 Norway has 357 municipalities; a report can say so.
        post(Tokens.reporter(Organisations.NHN), "{\"period\": \"2024-01\", \"value\": 357, \"numerator\": 357, "
                + "\"denominator\": 357}").statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    @Test
    void aPercentOutsideZeroToHundredIsRejected() {
        definePercentIndicator();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"period\": \"2023\", \"value\": 100.5}")
                .when().post("/api/v1/indicators/1.3/measurements")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", equalTo("must be between 0 and 100 for a percent indicator"));
    }

    @Test
    void aValueThatContradictsItsCountsOrIsAbsurdIsRejectedAndNothingIsWritten() {
        String token = Tokens.reporter(Organisations.NHN);
        // May: no other test reports 4.2.1 for a May (the control-character test's accepted report is in June).
        String period = "19" + (10 + java.util.concurrent.ThreadLocalRandom.current().nextInt(90)) + "-05";
        // 4.2.1 is a share: its value is the count, so it must be the numerator when the counts are given.
        post(token, "{\"period\": \"" + period + "\", \"value\": 1e308, \"numerator\": 200, \"denominator\": 356}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", equalTo("must be at most 10^12 in magnitude"));
        post(token, "{\"period\": \"" + period + "\", \"value\": 300, \"numerator\": 200, \"denominator\": 356}")
                .statusCode(400)
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", equalTo("must equal the numerator (200): a share's value is its count"));
        post(token, "{\"period\": \"" + period + "\", \"value\": 200.5}")
                .statusCode(400)
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", equalTo("must be a whole number (a count)"));
        post(token, "{\"period\": \"" + period + "\", \"value\": 200, \"numerator\": 200, \"denominator\": 1e13}")
                .statusCode(400)
                .body("errors[0].field", equalTo("denominator"));
        post(token, "{\"period\": \"0000\", \"value\": 200}")
                .statusCode(400)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", equalTo("'0000' starts before 1900; no period may start earlier"));
        post(token, "{\"period\": \"1899-12\", \"value\": 200}")
                .statusCode(400)
                .body("errors[0].field", equalTo("period"));
        given().auth().oauth2(Tokens.reader()).queryParam("history", true).when().get(PATH)
                .then().statusCode(200)
                .body("findAll { it.period == '" + period + "' || it.period == '0000' || it.period == '1899-12' }", hasSize(0));
    }

    @Test
    void aPercentMustBeItsCountsToTheValuesOwnPrecision() {
        definePercentIndicator();
        String year = "19" + (10 + java.util.concurrent.ThreadLocalRandom.current().nextInt(90));
        String path = "/api/v1/indicators/1.3/measurements";
        // 225 of 400 is 56.25 %: 56, 56.2 and 56.3 state it at their precision, 57 and 56.1 do not.
        for (String value : new String[] {"57", "56.1"}) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body("{\"period\": \"" + year + "\", \"value\": " + value + ", \"numerator\": 225, \"denominator\": 400}")
                    .when().post(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("value"))
                    .body("errors[0].message", equalTo("must be 100 · numerator / denominator (56.25 %) to the value's precision"));
        }
        given().auth().oauth2(Tokens.admin()).queryParam("history", true).when().get(path)
                .then().statusCode(200).body("findAll { it.period == '" + year + "' }", hasSize(0));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"period\": \"" + year + "\", \"value\": 56.3, \"numerator\": 225, \"denominator\": 400}")
                .when().post(path).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    /** 1.3, a percent indicator of goal 1 (a PUT of the same definition changes nothing). */
    private static void definePercentIndicator() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(ImportApiTest.GOAL_1)
                .put("/api/v1/goals/1").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(ImportApiTest.INDICATOR_1_3)
                .put("/api/v1/indicators/1.3").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    @Test
    void aFieldGivenTwiceIsRefusedNamingItAndNothingIsWritten() {
        String period = "19" + (10 + java.util.concurrent.ThreadLocalRandom.current().nextInt(90)) + "-03";
        post(Tokens.reporter(Organisations.NHN), "{\"period\": \"" + period + "\", \"value\": 240, \"value\": 1}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", equalTo("is given more than once; each field may appear once"));
        given().auth().oauth2(Tokens.reader()).queryParam("history", true).when().get(PATH)
                .then().statusCode(200).body("findAll { it.period == '" + period + "' }", hasSize(0));

        String indicator = "4.2." + (100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(900));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(IndicatorApiTest.INDICATOR_4_2_1.replace("\"kind\": \"SHARE\"", "\"kind\": \"SHARE\", \"kind\": \"COUNT\""))
                .when().put("/api/v1/indicators/" + indicator)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("unit.kind"));
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/indicators/" + indicator).then().statusCode(404);
    }

    @Test
    void aControlCharacterInTextIsRefusedNamingTheFieldAndNothingIsWritten() {
        String period = "19" + (10 + java.util.concurrent.ThreadLocalRandom.current().nextInt(90)) + "-06";
        // The JSON escape reaches the reader as a real NUL, which PostgreSQL cannot store.
        post(Tokens.reporter(Organisations.NHN), "{\"period\": \"" + period
                + "\", \"value\": 240, \"source\": \"Kjernejournal\\u0000statistikk\"}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("source"))
                .body("errors[0].message", containsString("U+0000"));
        post(Tokens.reporter(Organisations.NHN), "{\"period\": \"" + period
                + "\", \"value\": 240, \"methodNote\": \"\\u001b[2J\"}")
                .statusCode(400).body("errors[0].field", equalTo("methodNote"));
        given().auth().oauth2(Tokens.reader()).queryParam("history", true).when().get(PATH)
                .then().statusCode(200).body("findAll { it.period == '" + period + "' }", hasSize(0));
        post(Tokens.reporter(Organisations.NHN), "{\"period\": \"" + period
                + "\", \"value\": 240, \"methodNote\": \"Linje 1\\r\\nLinje 2\\tæøå\"}")
                .statusCode(201).body("methodNote", equalTo("Linje 1\r\nLinje 2\tæøå"));
    }

    @Test
    void aControlCharacterInThePathOrAQueryParameterIsA400NamingIt() {
        given().auth().oauth2(Tokens.reader()).urlEncodingEnabled(false)
                .when().get("/api/v1/indicators/4.2.1%00x/measurements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"))
                .body("errors[0].message", containsString("U+0000"));
        given().auth().oauth2(Tokens.reader()).queryParam("history", "tr\u0000ue").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("history"));
    }

    @Test
    void aControlCharacterInAHeaderIsRefusedByTheServerAndNothingIsWritten() throws Exception {
        String period = "19" + (10 + java.util.concurrent.ThreadLocalRandom.current().nextInt(90)) + "-02";
        String body = "{\"period\": \"" + period + "\", \"value\": 240}";
        // Written by hand: HTTP client libraries refuse to send such a header at all, a hostile client does not.
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(("POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Tokens.reporter(Organisations.NHN) + "\r\n"
                    + "Idempotency-Key: a\u0001b\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            // The HTTP server itself refuses a header value with a control character, before any resource.
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        }
        given().auth().oauth2(Tokens.reader()).queryParam("history", true).when().get(PATH)
                .then().statusCode(200).body("findAll { it.period == '" + period + "' }", hasSize(0));
    }

    @Test
    void measurementsOfAnUnknownIndicatorAre404() {
        given().auth().oauth2(Tokens.reporter(Organisations.NHN)).contentType(ContentType.JSON)
                .body("{\"period\": \"2023\", \"value\": 1}")
                .when().post("/api/v1/indicators/9.9/measurements")
                .then().statusCode(404);
    }
}
