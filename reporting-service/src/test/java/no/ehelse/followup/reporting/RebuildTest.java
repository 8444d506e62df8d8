package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import no.ehelse.followup.events.Topics;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/**
 * Replaying the topics from the beginning gives the same view, while readers get the old one until the new one is
 * complete; one rebuild at a time across replicas.
 */
@QuarkusTest
class RebuildTest {

    @Inject
    DataSource dataSource;

    private static String view() {
        JsonPath overview = given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/overview")
                .then().statusCode(200).extract().jsonPath();
        // Everything but when the view applied the events, which a rebuild changes by its nature.
        return overview.getString("goals") + overview.getString("roadmap") + overview.getString("freshness.collect { [it.topic, it.lastEventOccurredAt, "
                + "it.eventsApplied] }");
    }

    @Test
    void replayingTheTopicsGivesTheSameView() throws Exception {
        try (EventFeed feed = new EventFeed()) {
            feed.send("goal", "1", 2, "GoalChanged",
                    "{\"id\": \"1\", \"kind\": \"STRATEGIC\", \"name\": \"Aktiv medvirkning i egen og næres helse\", \"version\": 2}");
            feed.send("indicator", "1.6", 1, "IndicatorDefined",
                    EventFeed.indicator("1.6", "Utbredelse av velferdsteknologi"));
            UUID duplicate = UUID.randomUUID();
            feed.send(duplicate, "measurement", "1.6:2022:994598759", 1, "MeasurementRecorded",
                    EventFeed.measurement("1.6", "2022", 1, 55));
            feed.send(duplicate, "measurement", "1.6:2022:994598759", 1, "MeasurementRecorded",
                    EventFeed.measurement("1.6", "2022", 1, 55));
            feed.send("measurement", "1.6:2022:994598759", 2, "MeasurementCorrected",
                    EventFeed.measurement("1.6", "2022", 2, 57));
            feed.send("measurement", "1.6:2023:994598759", 1, "MeasurementRecorded",
                    EventFeed.measurement("1.6", "2023", 1, 61));
            feed.raw("indicator-events", "junk", "not json at all");

            // An initiative with a corrected report, and a delivery that was dropped again.
            feed.send(Topics.INITIATIVE_EVENTS, InitiativeEvents.INITIATIVE, "1.R", 1, InitiativeEvents.INITIATIVE_DEFINED,
                    FollowUpPayloads.initiative("1.R", "Digital hjemmeoppfølging",
                            FollowUpPayloads.owner(Organisations.HELSE_NORD, "Helse Nord RHF")));
            String report = InitiativeEvents.statusReportId("1.R", "2025T1", Organisations.HELSE_NORD);
            feed.send(Topics.INITIATIVE_EVENTS, InitiativeEvents.STATUS_REPORT, report, 1,
                    InitiativeEvents.STATUS_REPORT_SUBMITTED,
                    FollowUpPayloads.report("1.R", "2025T1", Organisations.HELSE_NORD, 1, TrafficLight.RED));
            feed.send(Topics.INITIATIVE_EVENTS, InitiativeEvents.STATUS_REPORT, report, 2,
                    InitiativeEvents.STATUS_REPORT_CORRECTED,
                    FollowUpPayloads.report("1.R", "2025T1", Organisations.HELSE_NORD, 2, TrafficLight.YELLOW));
            Delivery dropped = FollowUpPayloads.delivery("hjemmeoppfolging-pilot", "1.R", Phase.CONCEPT_MANDATE, List.of(),
                    List.of(), List.of(FollowUpPayloads.milestone("mandat", Phase.CONCEPT_MANDATE, "2025-01-31", "2025-09-30")),
                    1);
            feed.send(Topics.ROADMAP_EVENTS, RoadmapEvents.DELIVERY, dropped.id(), 1, RoadmapEvents.DELIVERY_DEFINED, dropped);
            feed.send(Topics.ROADMAP_EVENTS, RoadmapEvents.DELIVERY, dropped.id(), 2, RoadmapEvents.DELIVERY_REMOVED,
                    FollowUpPayloads.removed(dropped));
            Delivery kept = FollowUpPayloads.delivery("hjemmeoppfolging-innforing", "1.R", Phase.DEVELOPMENT_LIMITED_TRIAL,
                    List.of(), List.of(), List.of(), 1);
            feed.send(Topics.ROADMAP_EVENTS, RoadmapEvents.DELIVERY, kept.id(), 1, RoadmapEvents.DELIVERY_DEFINED, kept);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                .when().get("/api/v1/status/indicators/1.6")
                .then().statusCode(200)
                .body("latest.value", equalTo(61))
                .body("measurements[0].value", equalTo(57)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/initiatives/1.R")
                    .then().statusCode(200).body("currentStatus.latestReports[0].overallStatus", equalTo("YELLOW"));
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/deliveries/hjemmeoppfolging-innforing")
                    .then().statusCode(200);
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/deliveries/hjemmeoppfolging-pilot")
                    .then().statusCode(404);
        });
        String before = view();

        // Another replica's rebuild holds the lock: this one is refused.
        try (Connection replica = dataSource.getConnection(); Statement sql = replica.createStatement()) {
            sql.execute("select pg_advisory_lock(hashtext('reporting-service view rebuild'))");
            given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/rebuild")
                    .then().statusCode(409).contentType("application/problem+json");
            sql.execute("select pg_advisory_unlock(hashtext('reporting-service view rebuild'))");
        }

        String job = given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/rebuild")
                .then().statusCode(202).body("state", equalTo("RUNNING")).extract().header("Location");
        // While it runs (the test profile pauses after each replayed batch), a second one is refused ...
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/rebuild")
                .then().statusCode(409).contentType("application/problem+json");
        // ... and readers get the old view, whole, not an emptied or half-replayed one.
        boolean seenWhileRunning = false;
        while (!seenWhileRunning) {
            JsonPath progress = given().auth().oauth2(Tokens.admin()).when().get(job).then().statusCode(200)
                    .extract().jsonPath();
            if (!"RUNNING".equals(progress.getString("state"))) {
                break;
            }
            if (progress.getLong("applied") > 0) {
                assertEquals(before, view(), "the view while the rebuild runs");
                seenWhileRunning = progress.getLong("applied") > 0
                        && "RUNNING".equals(given().auth().oauth2(Tokens.admin()).when().get(job).jsonPath().getString("state"));
            }
        }
        assertTrue(seenWhileRunning, "the view was read while the rebuild ran");

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().auth().oauth2(Tokens.admin()).when().get(job)
                .then().statusCode(200)
                .body("state", equalTo("DONE"))
                // Every event applied again, the re-sent one recognised once more.
                .body("applied", greaterThanOrEqualTo(5))
                .body("duplicates", greaterThanOrEqualTo(1))
                .body("poison", greaterThanOrEqualTo(1)));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/rebuild/" + UUID.randomUUID()).then().statusCode(404);

        assertEquals(before, view());
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/initiatives/1.R")
                .then().statusCode(200).body("currentStatus.latestReports[0].overallStatus", equalTo("YELLOW"));
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/deliveries/hjemmeoppfolging-pilot")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.reader()).when().post("/api/v1/admin/rebuild").then().statusCode(403);
        given().auth().oauth2(Tokens.reader()).when().get(job).then().statusCode(403);
    }
}
