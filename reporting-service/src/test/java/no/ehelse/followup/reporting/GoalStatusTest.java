package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;
import static no.ehelse.followup.reporting.FollowUpPayloads.delivery;
import static no.ehelse.followup.reporting.FollowUpPayloads.initiative;
import static no.ehelse.followup.reporting.FollowUpPayloads.milestone;
import static no.ehelse.followup.reporting.FollowUpPayloads.owner;
import static no.ehelse.followup.reporting.FollowUpPayloads.report;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import no.ehelse.followup.events.Topics;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.TestClock;
import no.ehelse.followup.testsupport.Tokens;

/** A goal's overall assessment from its initiatives and deliveries, and what a council snapshot says changed. */
@QuarkusTest
class GoalStatusTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void setToday() {
        clock.set(LocalDate.of(2025, 10, 15));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse goal5() {
        return given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/goals/5").then();
    }

    private static void statusReport(String initiativeId, int revision, TrafficLight status) {
        EventFeed.shared().send(Topics.INITIATIVE_EVENTS, InitiativeEvents.STATUS_REPORT,
                InitiativeEvents.statusReportId(initiativeId, "2025T2", Organisations.NHN), revision,
                revision == 1 ? InitiativeEvents.STATUS_REPORT_SUBMITTED : InitiativeEvents.STATUS_REPORT_CORRECTED,
                report(initiativeId, "2025T2", Organisations.NHN, revision, status));
    }

    private static String freeze(String title) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"forum\": \"NASJONALT_EHELSERAD\", \"meetingDate\": \"2025-10-20\", \"title\": \"" + title + "\"}")
                .when().post("/api/v1/council/snapshots")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aThirdOfTheSignalsOffTrackMakesTheGoalOffTrackAndTheSnapshotsTellWhatChanged() {
        EventFeed.shared().send("goal", "5", 1, "GoalDefined",
                "{\"id\": \"5\", \"kind\": \"STRATEGIC\", \"name\": \"Økt gevinstrealisering\", \"version\": 1, "
                        + "\"benefit\": \"ENABLING\", \"ambitions\": [\"Gevinster planlegges og følges opp\"]}");
        for (String id : List.of("5.A", "5.B", "5.C")) {
            EventFeed.shared().send(Topics.INITIATIVE_EVENTS, InitiativeEvents.INITIATIVE, id, 1, InitiativeEvents.INITIATIVE_DEFINED,
                    initiative(id, "Initiativ " + id, owner(Organisations.NHN, "Norsk helsenett SF")));
        }
        statusReport("5.A", 1, TrafficLight.RED);
        statusReport("5.B", 1, TrafficLight.GREEN);
        statusReport("5.C", 1, TrafficLight.GREEN);
        Delivery onPlan = delivery("gevinstverktoy", "5.A", Phase.CONCEPT_MANDATE, List.of(), List.of(),
                List.of(milestone("mandat-godkjent", Phase.CONCEPT_MANDATE, "2025-03-31", "2025-04-30")), 1);
        EventFeed.shared().send(Topics.ROADMAP_EVENTS, RoadmapEvents.DELIVERY, onPlan.id(), 1, RoadmapEvents.DELIVERY_DEFINED, onPlan);

        // One red initiative among three green signals (two initiatives, one delivery on plan): a quarter.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> goal5().statusCode(200)
                .body("name", equalTo("Økt gevinstrealisering"))
                .body("benefit", equalTo("ENABLING"))
                .body("ambitions", equalTo(List.of("Gevinster planlegges og følges opp")))
                .body("assessment.initiativesByStatus", equalTo(Map.of("GREEN", 2, "YELLOW", 0, "RED", 1, "NONE", 0)))
                .body("assessment.deliveries", equalTo(1))
                .body("assessment.delayedDeliveries", equalTo(0))
                .body("assessment.overall", equalTo("ON_TRACK")));
        String before = freeze("Nasjonalt e-helseråd, oktober");

        // A second red initiative and a delivery that slips half a year and moves on: two of four off track.
        statusReport("5.B", 2, TrafficLight.RED);
        Delivery slipped = delivery("gevinstverktoy", "5.A", Phase.DEVELOPMENT_LIMITED_TRIAL, List.of(), List.of(),
                List.of(milestone("mandat-godkjent", Phase.CONCEPT_MANDATE, "2025-03-31", "2025-04-30"),
                        milestone("pilot-i-drift", Phase.DEVELOPMENT_LIMITED_TRIAL, "2025-06-30", "2025-12-31")), 2);
        EventFeed.shared().send(Topics.ROADMAP_EVENTS, RoadmapEvents.DELIVERY, slipped.id(), 2, RoadmapEvents.PROGRESS_REPORTED, slipped);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> goal5()
                .body("assessment.overall", equalTo("OFF_TRACK"))
                .body("assessment.delayedDeliveries", equalTo(1))
                .body("delayedDeliveries.delivery.id", equalTo(List.of("gevinstverktoy")))
                .body("initiatives.currentStatus.overallStatus", equalTo(List.of("RED", "RED", "GREEN"))));
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/overview").then().statusCode(200)
                .body("goals.find { it.id == '5' }.assessment.overall", equalTo("OFF_TRACK"));
        String after = freeze("Nasjonalt e-helseråd, november");

        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/council/snapshots/" + after + "/changes?since=" + before)
                .then().statusCode(200)
                .body("initiativeStatusChanges.find { it.initiativeId == '5.B' }.from", equalTo("GREEN"))
                .body("initiativeStatusChanges.find { it.initiativeId == '5.B' }.to", equalTo("RED"))
                .body("initiativeStatusChanges.initiativeId", equalTo(List.of("5.B")))
                .body("newlyDelayedMilestones.find { it.deliveryId == 'gevinstverktoy' }.milestoneId",
                        equalTo("pilot-i-drift"))
                .body("newlyDelayedMilestones.find { it.deliveryId == 'gevinstverktoy' }.delayDays", equalTo(184))
                .body("phaseChanges.find { it.deliveryId == 'gevinstverktoy' }.from", equalTo("CONCEPT_MANDATE"))
                .body("phaseChanges.find { it.deliveryId == 'gevinstverktoy' }.to", equalTo("DEVELOPMENT_LIMITED_TRIAL"));

        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/council/snapshots/" + after + "/briefing")
                .then().statusCode(200)
                .body(containsString("Samlet vurdering: <strong class=\"OFF_TRACK\">Ikke i rute</strong>"))
                .body(containsString("Rød: vesentlig avvik"));
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/goals/9").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
