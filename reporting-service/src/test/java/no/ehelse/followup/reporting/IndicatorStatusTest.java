package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
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
    void theOverviewCarriesTheStrategysVisionAsItsLatestEventHasIt() {
        String strategy = """
                {"name": "Nasjonal e-helsestrategi 2023–2030", "vision": "%s", "fromYear": 2023, "toYear": 2030,
                 "version": %d}""";
        send("strategy", "strategy", 1, "StrategyDefined", strategy.formatted("Sammen om trygge tjenester", 1));
        send("strategy", "strategy", 2, "StrategyChanged",
                strategy.formatted("Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring", 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                .when().get("/api/v1/status/overview").then().statusCode(200)
                .body("strategy.vision", equalTo("Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring"))
                .body("strategy.toYear", equalTo(2030))
                .body("strategy.version", equalTo(2)));
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
    void anIndicatorMeasuredOnlyAtItsBaselineAwaitsItsNextMeasurementAndDoesNotPullItsGoalDown() {
        // Overarching goal O1 is this test's alone.
        String goal = "O1";
        String waiting = "1.77.1";
        String reached = "1.77.2";
        send("goal", goal, 1, "GoalDefined", "{\"id\": \"O1\", \"kind\": \"OVERARCHING\", \"name\": \"Mål\", \"version\": 1}");
        // The plan's baseline (46 in 2022-11) reported as a measurement, and nothing since.
        send("indicator", waiting, 1, "IndicatorDefined", EventFeed.indicator(waiting, "Bare utgangspunkt", goal));
        send("measurement", waiting + ":2022-11:994598759", 1, "MeasurementRecorded", EventFeed.measurement(waiting, "2022-11", 1, 46));
        // Beside it an indicator on track: the goal is on track, not off track.
        send("indicator", reached, 1, "IndicatorDefined", EventFeed.indicator(reached, "Nådd", goal));
        send("measurement", reached + ":2024:994598759", 1, "MeasurementRecorded", EventFeed.measurement(reached, "2024", 1, 90));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                .when().get("/api/v1/status/goals/" + goal)
                .then().statusCode(200)
                .body("indicators.find { it.indicator.id == '" + reached + "' }.latest.value", equalTo(90))
                .body("indicators.find { it.indicator.id == '" + waiting + "' }.assessment.classification",
                        equalTo("AWAITING_MEASUREMENT"))
                .body("indicators.find { it.indicator.id == '" + waiting + "' }.assessment.progress", nullValue())
                .body("assessment.indicatorsByClassification.AWAITING_MEASUREMENT", equalTo(1))
                .body("assessment.overall", equalTo("ON_TRACK")));

        // The next measurement ends the wait: 50 of the way from 46 to 85 is far behind.
        send("measurement", waiting + ":2024:994598759", 1, "MeasurementRecorded", EventFeed.measurement(waiting, "2024", 1, 50));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                .when().get("/api/v1/status/indicators/" + waiting)
                .then().statusCode(200).body("assessment.classification", equalTo("OFF_TRACK")));
    }

    @Test
    void theDocumentsCarryTheLastPointsAndTheSeriesResourceTheRestPagedAndAggregated() {
        String id = "1.78.1";
        send("indicator", id, 1, "IndicatorDefined", EventFeed.indicator(id, "Lang serie", "O2"));
        // 30 months, 2023-01 to 2025-06, the value being the month's number in the series.
        for (int month = 0; month < 30; month++) {
            String period = (2023 + month / 12) + "-%02d".formatted(month % 12 + 1);
            send("measurement", id + ":" + period + ":994598759", 1, "MeasurementRecorded",
                    EventFeed.measurement(id, period, 1, month + 1));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                .when().get("/api/v1/status/indicators/" + id)
                .then().statusCode(200)
                .body("measurementCount", equalTo(30))
                .body("measurements.size()", equalTo(12))
                .body("measurements[0].period", equalTo("2024-07"))
                .body("measurements[11].period", equalTo("2025-06"))
                .body("latest.value", equalTo(30))
                .body("assessment.recent.period", equalTo(List.of("2025-02", "2025-03", "2025-04", "2025-05", "2025-06"))));

        String series = "/api/v1/status/indicators/" + id + "/measurements";
        given().auth().oauth2(Tokens.reader()).queryParam("size", 10).queryParam("page", 2).when().get(series)
                .then().statusCode(200)
                .body("totalPoints", equalTo(30))
                .body("points.period", equalTo(List.of("2024-09", "2024-10", "2024-11", "2024-12", "2025-01", "2025-02",
                        "2025-03", "2025-04", "2025-05", "2025-06")));
        // Per quarter, the quarter's last month; within 2024 only.
        given().auth().oauth2(Tokens.reader()).queryParam("aggregate", "QUARTER").queryParam("from", "2024")
                .queryParam("to", "2024").when().get(series)
                .then().statusCode(200)
                .body("totalPoints", equalTo(4))
                .body("points.period", equalTo(List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4")))
                .body("points.measurement.period", equalTo(List.of("2024-03", "2024-06", "2024-09", "2024-12")))
                .body("points.measurement.value", equalTo(List.of(15, 18, 21, 24)));
        given().auth().oauth2(Tokens.reader()).queryParam("aggregate", "HALF_YEAR").when().get(series)
                .then().statusCode(200).body("points.period", equalTo(List.of("2023S1", "2023S2", "2024S1", "2024S2", "2025S1")));
        given().auth().oauth2(Tokens.reader()).queryParam("aggregate", "TERTIAL").queryParam("from", "2025").when().get(series)
                .then().statusCode(200).body("points.period", equalTo(List.of("2025T1", "2025T2")))
                .body("points.measurement.value", equalTo(List.of(28, 30)));

        for (String[] bad : List.of(new String[] { "aggregate", "WEEK" }, new String[] { "from", "i fjor" },
                new String[] { "size", "0" }, new String[] { "page", "-1" })) {
            given().auth().oauth2(Tokens.reader()).queryParam(bad[0], bad[1]).when().get(series)
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(bad[0]));
        }
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/indicators/1.78.99/measurements")
                .then().statusCode(404);
    }

    @Test
    void readingTheViewNeedsAToken() {
        given().when().get("/api/v1/status/overview").then().statusCode(401);
    }
}
