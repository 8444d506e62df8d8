package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.ehelse.followup.testsupport.Tokens;

/** Council snapshots freeze the view; the difference between two tells what changed between meetings. */
@QuarkusTest
class CouncilSnapshotTest {

    private static final String INDICATOR = """
            {"id": "2.1.1", "goalId": "2", "parentId": null,
             "name": "Det er enkelt for meg å kommunisere direkte elektronisk med annet helsepersonell",
             "purpose": null, "unit": {"kind": "PERCENT", "label": "%%"}, "type": "PERCEIVED_RESULT",
             "direction": "HIGHER_IS_BETTER", "method": "Helsepersonellundersøkelsen om e-helse", "dataSource": null,
             "reporters": ["983544622"], "status": "ACTIVE",
             "baseline": {"value": 59, "period": "2021", "text": "59 %% er ganske eller helt enig (2021)"},
             "targets": [{"year": %d, "kind": "ABSOLUTE", "value": 65, "text": "65 %%"}], "version": %d}""";

    private static String freeze(String title) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"forum\": \"NUIT\", \"meetingDate\": \"2026-12-03\", \"title\": \"" + title + "\"}")
                .when().post("/api/v1/council/snapshots")
                .then().statusCode(201)
                .body("forum", equalTo("NUIT"))
                .body("view.goals.id", hasItem("2"))
                .extract().path("id");
    }

    private static void awaitLatest(int value) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                .when().get("/api/v1/status/indicators/2.1.1")
                .then().statusCode(200).body("latest.value", equalTo(value)));
    }

    @Test
    void aSnapshotNeverChangesAndTheNextOneShowsWhatChanged() {
        try (EventFeed feed = new EventFeed()) {
            feed.send("goal", "2", 1, "GoalDefined",
                    "{\"id\": \"2\", \"kind\": \"STRATEGIC\", \"name\": \"Enklere arbeidshverdag\", \"version\": 1}");
            feed.send("indicator", "2.1.1", 1, "IndicatorDefined", INDICATOR.formatted(2030, 1));
            feed.send("measurement", "2.1.1:2023:994598759", 1, "MeasurementRecorded", EventFeed.measurement("2.1.1", "2023", 1, 63));
            awaitLatest(63);
            String first = freeze("Status for NUIT, juni");

            feed.send("measurement", "2.1.1:2023:994598759", 2, "MeasurementCorrected", EventFeed.measurement("2.1.1", "2023", 2, 64));
            feed.send("measurement", "2.1.1:2024:994598759", 1, "MeasurementRecorded", EventFeed.measurement("2.1.1", "2024", 1, 62));
            // The target moves to 2024, already past: the same progress is now far behind.
            feed.send("indicator", "2.1.1", 2, "IndicatorChanged", INDICATOR.formatted(2024, 2));
            awaitLatest(62);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                    .when().get("/api/v1/status/indicators/2.1.1")
                    .then().body("assessment.target.year", equalTo(2024)));
            String second = freeze("Status for NUIT, desember");

            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/council/snapshots/" + first)
                    .then().statusCode(200)
                    .body("title", equalTo("Status for NUIT, juni"))
                    .body("view.goals.find { it.id == '2' }.indicators.find { it.indicator.id == '2.1.1' }.latest.value",
                            equalTo(63));

            given().auth().oauth2(Tokens.reader()).queryParam("since", first)
                    .when().get("/api/v1/council/snapshots/" + second + "/changes")
                    .then().statusCode(200)
                    .body("newMeasurements.find { it.indicatorId == '2.1.1' }.period", equalTo("2024"))
                    .body("correctedMeasurements.find { it.indicatorId == '2.1.1' }.previousValue", equalTo(63))
                    .body("correctedMeasurements.find { it.indicatorId == '2.1.1' }.value", equalTo(64))
                    .body("statusChanges.find { it.indicatorId == '2.1.1' }.from", equalTo("ON_TRACK"))
                    .body("statusChanges.find { it.indicatorId == '2.1.1' }.to", equalTo("OFF_TRACK"));

            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/council/snapshots")
                    .then().statusCode(200).body("id", hasItem(second));

            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/council/snapshots/" + second + "/export.csv")
                    .then().statusCode(200)
                    .contentType(startsWith("text/csv"))
                    .body(startsWith("goal,indicator,name,latestPeriod,latestValue,baseline,target"))
                    .body(containsString("2,2.1.1,Det er enkelt for meg å kommunisere direkte elektronisk med annet "
                            + "helsepersonell,2024,62,59,65,2024-12-31,0.5,1,OFF_TRACK,WORSENING"));

            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/council/snapshots/" + second + "/briefing")
                    .then().statusCode(200)
                    .contentType(startsWith("text/html"))
                    .body(containsString("Underlag til NUIT"))
                    .body(containsString("Mål 2: Enklere arbeidshverdag"))
                    .body(containsString("Ikke i rute"));
        }
    }

    @Test
    void onlyAdminsFreezeAndBadInputNamesTheField() {
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON)
                .body("{\"forum\": \"NUIT\", \"meetingDate\": \"2026-12-03\", \"title\": \"x\"}")
                .when().post("/api/v1/council/snapshots").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"forum\": \"STORTINGET\", \"meetingDate\": \"2026-12-03\", \"title\": \"x\"}")
                .when().post("/api/v1/council/snapshots")
                .then().statusCode(400).body("errors[0].field", equalTo("forum"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"forum\": \"NUFA\", \"title\": \"x\"}")
                .when().post("/api/v1/council/snapshots")
                .then().statusCode(400).body("errors[0].field", equalTo("meetingDate"));
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/council/snapshots/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
        String changes = "/api/v1/council/snapshots/" + java.util.UUID.randomUUID() + "/changes";
        given().auth().oauth2(Tokens.reader()).queryParam("since", "forrige-møte").when().get(changes)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("since"));
        given().auth().oauth2(Tokens.reader()).when().get(changes)
                .then().statusCode(400).body("errors[0].field", equalTo("since"));
    }
}
