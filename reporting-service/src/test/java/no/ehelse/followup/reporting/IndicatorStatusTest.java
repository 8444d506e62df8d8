package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/** Feeds events through the real broker and reads the view over the API. */
@QuarkusTest
class IndicatorStatusTest {

    private static void send(String aggregateType, String aggregateId, long version, String type, String payload) {
        EventFeed.shared().send(aggregateType, aggregateId, version, type, payload);
    }

    private static void send(UUID id, String aggregateType, String aggregateId, long version, String type, String payload) {
        EventFeed.shared().send(id, aggregateType, aggregateId, version, type, payload);
    }

    @Test
    void theViewShowsAnIndicatorWithItsLatestValue() {
        send("goal", "1", 1, "GoalDefined",
                "{\"id\": \"1\", \"kind\": \"STRATEGIC\", \"name\": \"Aktiv medvirkning i egen og næres helse\", \"version\": 1}");
        send("indicator", "1.2", 1, "IndicatorDefined", EventFeed.indicator("1.2", "Utbredelse av tjenester på Helsenorge"));
        send("measurement", "1.2:2023:994598759", 1, "MeasurementRecorded", EventFeed.measurement("1.2", "2023", 1, 60));
        send("measurement", "1.2:2024:994598759", 1, "MeasurementRecorded", EventFeed.measurement("1.2", "2024", 1, 70));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                .when().get("/api/v1/status/indicators/1.2")
                .then().statusCode(200)
                .body("indicator.name", equalTo("Utbredelse av tjenester på Helsenorge"))
                .body("latest.period", equalTo("2024"))
                .body("latest.value", equalTo(70))
                .body("latest.reportedBy", equalTo(Organisations.NHN))
                // (70 - 46) / (85 - 46): and the 2025 target date has passed, so a linear path would be at 1.
                .body("assessment.progress", equalTo(0.615f))
                .body("assessment.expectedProgress", equalTo(1.0f))
                .body("assessment.classification", equalTo("OFF_TRACK"))
                .body("assessment.trend", equalTo("IMPROVING"))
                .body("assessment.target.value", equalTo(85))
                .body("roadmapDelayShare", nullValue()));

        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/overview")
                .then().statusCode(200)
                .body("goals.id", hasItem("1"))
                .body("freshness.topic", hasItem("indicator-events"));
    }

    @Test
    void duplicatesAndStaleVersionsDoNotChangeTheView() {
        send("indicator", "1.3", 1, "IndicatorDefined", EventFeed.indicator("1.3", "Grad av enighet"));
        UUID correction = UUID.randomUUID();
        send("measurement", "1.3:2023:994598759", 1, "MeasurementRecorded", EventFeed.measurement("1.3", "2023", 1, 74));
        send(correction, "measurement", "1.3:2023:994598759", 2, "MeasurementCorrected", EventFeed.measurement("1.3", "2023", 2, 75));
        // The same event again, and an older revision arriving late: both change nothing.
        send(correction, "measurement", "1.3:2023:994598759", 2, "MeasurementCorrected", EventFeed.measurement("1.3", "2023", 2, 99));
        send("measurement", "1.3:2023:994598759", 1, "MeasurementRecorded", EventFeed.measurement("1.3", "2023", 1, 10));
        send("indicator", "1.3", 2, "IndicatorChanged", EventFeed.indicator("1.3", "Grad av enighet i opplevd tilgang"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                .when().get("/api/v1/status/indicators/1.3")
                .then().statusCode(200)
                .body("indicator.name", equalTo("Grad av enighet i opplevd tilgang"))
                .body("latest.value", equalTo(75))
                .body("latest.revision", equalTo(2)));
    }

    @Test
    void readingTheViewNeedsAToken() {
        given().when().get("/api/v1/status/overview").then().statusCode(401);
    }
}
