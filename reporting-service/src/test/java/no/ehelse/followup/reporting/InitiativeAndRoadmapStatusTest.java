package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;
import static no.ehelse.followup.reporting.FollowUpPayloads.delivery;
import static no.ehelse.followup.reporting.FollowUpPayloads.initiative;
import static no.ehelse.followup.reporting.FollowUpPayloads.milestone;
import static no.ehelse.followup.reporting.FollowUpPayloads.owner;
import static no.ehelse.followup.reporting.FollowUpPayloads.participant;
import static no.ehelse.followup.reporting.FollowUpPayloads.report;
import static no.ehelse.followup.reporting.FollowUpPayloads.segment;
import static no.ehelse.followup.reporting.FollowUpPayloads.subGoal;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import no.ehelse.followup.events.Topics;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.events.roadmap.Certainty;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.TestClock;
import no.ehelse.followup.testsupport.Tokens;

/**
 * Initiatives, the roadmap, goals and actors in the view: events fed through the real broker, the
 * status read over the API, on 15 October 2025 (2025T2 closed on 30 September).
 */
@QuarkusTest
class InitiativeAndRoadmapStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 15);
    @Inject
    TestClock clock;

    @BeforeEach
    void setToday() {
        clock.set(TODAY);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse get(String path) {
        return given().auth().oauth2(Tokens.reader()).when().get(path).then();
    }

    private static void initiativeEvent(String aggregateType, String id, long version, String type, Object payload) {
        EventFeed.shared().send(Topics.INITIATIVE_EVENTS, aggregateType, id, version, type, payload);
    }

    private static void statusReport(String initiativeId, String period, String owner, int revision, TrafficLight status) {
        initiativeEvent(InitiativeEvents.STATUS_REPORT, InitiativeEvents.statusReportId(initiativeId, period, owner), revision,
                revision == 1 ? InitiativeEvents.STATUS_REPORT_SUBMITTED : InitiativeEvents.STATUS_REPORT_CORRECTED,
                report(initiativeId, period, owner, revision, status));
    }

    private static void deliveryEvent(Delivery delivery, String type) {
        EventFeed.shared().send(Topics.ROADMAP_EVENTS, RoadmapEvents.DELIVERY, delivery.id(), delivery.version(), type, delivery);
    }

    @Test
    void anInitiativesStatusIsDerivedFromItsOwnersLatestReportsAndAMissingReportIsOverdue() {
        initiativeEvent(InitiativeEvents.INITIATIVE, "3.A", 1, InitiativeEvents.INITIATIVE_DEFINED,
                initiative("3.A", "Deling av pasientens journal", owner(Organisations.NHN, "Norsk helsenett SF"),
                        owner(Organisations.HELSE_VEST, "Helse Vest RHF")));
        statusReport("3.A", "2025T2", Organisations.NHN, 1, TrafficLight.GREEN);
        statusReport("3.A", "2025T1", Organisations.HELSE_VEST, 1, TrafficLight.RED);

        // The worst counted report decides; Helse Vest has not reported for 2025T2, due by 30 September.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get("/api/v1/status/initiatives/3.A")
                .statusCode(200)
                .body("initiative.name", equalTo("Deling av pasientens journal"))
                .body("currentStatus.overallStatus", equalTo("RED"))
                .body("currentStatus.latestReports.owner", equalTo(List.of(Organisations.NHN, Organisations.HELSE_VEST)))
                .body("currentStatus.latestReports.period", equalTo(List.of("2025T2", "2025T1")))
                .body("reporting.lastClosedPeriod", equalTo("2025T2"))
                .body("reporting.overdueReports.owner", equalTo(List.of(Organisations.HELSE_VEST)))
                .body("reporting.overdueReports[0].missingPeriods", equalTo(List.of("2025T2")))
                .body("reporting.overdueReports[0].deadline", equalTo("2025-09-30")));

        // A correction replaces the report; a replay of the older revision changes nothing.
        statusReport("3.A", "2025T1", Organisations.HELSE_VEST, 2, TrafficLight.YELLOW);
        statusReport("3.A", "2025T1", Organisations.HELSE_VEST, 1, TrafficLight.RED);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get("/api/v1/status/initiatives/3.A")
                .body("currentStatus.overallStatus", equalTo("YELLOW"))
                .body("currentStatus.latestReports.revision", equalTo(List.of(1, 2))));
        // The later replay has been consumed once the view has moved past it: it stays YELLOW.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get("/api/v1/status/overview")
                .body("freshness.find { it.topic == 'initiative-events' }.consumerLag", equalTo(0)));
        get("/api/v1/status/initiatives/3.A").body("currentStatus.overallStatus", equalTo("YELLOW"));

        get("/api/v1/status/actors/" + Organisations.HELSE_VEST).statusCode(200)
                .body("name", equalTo("Helse Vest RHF"))
                .body("initiatives.find { it.initiativeId == '3.A' }.overdue", equalTo(true))
                .body("initiatives.find { it.initiativeId == '3.A' }.latestReport.overallStatus", equalTo("YELLOW"))
                .body("overdueReports.find { it.initiativeId == '3.A' }.period", equalTo("2025T2"));
        get("/api/v1/status/actors/" + Organisations.NHN).statusCode(200)
                .body("initiatives.find { it.initiativeId == '3.A' }.overdue", equalTo(false))
                .body("overdueReports.initiativeId", not(hasItem("3.A")));

        get("/api/v1/status/initiatives/9.Z").statusCode(404).contentType("application/problem+json");
        get("/api/v1/status/actors/123456789").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("orgnr"));
        get("/api/v1/status/actors/" + Organisations.FHI).statusCode(404);
    }

    @Test
    void theRoadmapShowsPhasesPerSubGoalDelayedMilestonesAndTheDelaySharesOf52And53() {
        // The view holds other tests' roadmap too: the shares are checked by what this test adds.
        JsonPath before = get("/api/v1/status/roadmap").statusCode(200).extract().jsonPath();
        EventFeed.shared().send(Topics.ROADMAP_EVENTS, RoadmapEvents.SUB_GOAL, "4.D", 1, RoadmapEvents.SUB_GOAL_DEFINED,
                subGoal("4.D", "Datadeling for kvalitetsregistre"));
        Delivery introducing = delivery("registerdata-innforing", "4.D", Phase.DEVELOPMENT_LIMITED_TRIAL,
                List.of(participant(Organisations.HELSE_VEST, "Helse Vest RHF", Phase.INTRODUCTION),
                        participant(Organisations.NHN, "Norsk helsenett SF", null)),
                List.of(segment(Phase.DEVELOPMENT_LIMITED_TRIAL, "2024Q1", "2024Q4", Certainty.PLANNED),
                        segment(Phase.INTRODUCTION, "2025Q1", "2026Q4", Certainty.TENTATIVE)),
                List.of(milestone("pilot", Phase.DEVELOPMENT_LIMITED_TRIAL, "2024-06-30", "2024-07-10"),
                        milestone("innfort-vest", Phase.INTRODUCTION, "2025-06-30", "2025-12-28")), 1);
        Delivery concept = delivery("registerdata-konsept", "4.D", Phase.CONCEPT_MANDATE, List.of(), List.of(),
                List.of(milestone("mandat", Phase.CONCEPT_MANDATE, "2025-01-31", "2025-08-31")), 1);
        deliveryEvent(introducing, RoadmapEvents.DELIVERY_DEFINED);
        deliveryEvent(concept, RoadmapEvents.DELIVERY_DEFINED);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get("/api/v1/status/roadmap")
                .statusCode(200)
                .body("subGoals.find { it.id == '4.D' }.name", equalTo("Datadeling for kvalitetsregistre"))
                .body("subGoals.find { it.id == '4.D' }.goalId", equalTo("4"))
                .body("subGoals.find { it.id == '4.D' }.phaseDistribution",
                        equalTo(Map.of("CONCEPT_MANDATE", 1, "DEVELOPMENT_LIMITED_TRIAL", 1, "ADAPTATION_EXTENDED_TRIAL", 0,
                                "INTRODUCTION", 0, "NEW_PRACTICE", 0)))
                .body("subGoals.find { it.id == '4.D' }.deliveries.id",
                        equalTo(List.of("registerdata-innforing", "registerdata-konsept"))));

        get("/api/v1/status/deliveries/registerdata-innforing").statusCode(200)
                .body("goalId", equalTo("4"))
                .body("delivery.phase", equalTo("DEVELOPMENT_LIMITED_TRIAL"))
                .body("delivery.participants.find { it.organisationNumber == '983658725' }.progress.phase",
                        equalTo("INTRODUCTION"))
                .body("delayedMilestones.id", equalTo(List.of("innfort-vest")))
                .body("delayedMilestones[0].delayDays", equalTo(181));

        JsonPath roadmap = get("/api/v1/status/roadmap").extract().jsonPath();
        // Phases 1–2: the pilot (10 days late) and the mandate (212 days late); phases 3–5: innfort-vest (181 days).
        assertDelayShare(before, roadmap, "development", "5.2", 2, 1, "registerdata-konsept", "mandat");
        assertDelayShare(before, roadmap, "introduction", "5.3", 1, 1, "registerdata-innforing", "innfort-vest");
        // The 10-day slip of the pilot is not significant.
        assertEquals(List.of(), roadmap.getList("development.delayedMilestones.findAll { it.milestoneId == 'pilot' }"));

        // Helse Vest reported its phase; NHN participates in a delivery whose phase 4 began in 2025Q1, without a report.
        get("/api/v1/status/actors/" + Organisations.NHN).statusCode(200)
                .body("deliveries.find { it.deliveryId == 'registerdata-innforing' }.participant", equalTo(true))
                .body("deliveries.find { it.deliveryId == 'registerdata-innforing' }.reportedPhase", nullValue())
                .body("missingProgressReports", hasItem("registerdata-innforing"));
        get("/api/v1/status/actors/" + Organisations.HELSE_VEST).statusCode(200)
                .body("deliveries.find { it.deliveryId == 'registerdata-innforing' }.reportedPhase", equalTo("INTRODUCTION"))
                .body("missingProgressReports", not(hasItem("registerdata-innforing")));

        // A removed delivery leaves the view.
        deliveryEvent(FollowUpPayloads.removed(concept), RoadmapEvents.DELIVERY_REMOVED);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get("/api/v1/status/deliveries/registerdata-konsept")
                .statusCode(404).contentType("application/problem+json"));
        get("/api/v1/status/roadmap").body("subGoals.find { it.id == '4.D' }.deliveries.id",
                equalTo(List.of("registerdata-innforing")));
    }

    @Test
    void fiveTwoAndFiveThreeAreSharesOfSubGoalsAndLeaveExpectationsOut() {
        // Sub-goals 1.X and 1.Y are this test's alone.
        EventFeed.shared().send(Topics.ROADMAP_EVENTS, RoadmapEvents.SUB_GOAL, "1.X", 1, RoadmapEvents.SUB_GOAL_DEFINED,
                subGoal("1.X", "Delmål med forsinket utvikling"));
        EventFeed.shared().send(Topics.ROADMAP_EVENTS, RoadmapEvents.SUB_GOAL, "1.Y", 1, RoadmapEvents.SUB_GOAL_DEFINED,
                subGoal("1.Y", "Delmål med oppgitt forsinkelse"));
        // 1.X: two late development milestones (one sub-goal all the same) and a very late expectation of phase 4.
        Delivery late = delivery("forsinket-utvikling", "1.X", Phase.DEVELOPMENT_LIMITED_TRIAL, List.of(), List.of(),
                List.of(milestone("utvikling-1", Phase.DEVELOPMENT_LIMITED_TRIAL, "2024-01-31", "2024-09-30"),
                        milestone("utvikling-2", Phase.CONCEPT_MANDATE, "2023-06-30", "2024-06-30"),
                        milestone("forventet-innforing", Phase.INTRODUCTION, "2025-06-30", "2027-06-30",
                                Certainty.TENTATIVE, null)), 1);
        // 1.Y: on its dates, but late by the text's own words.
        Delivery stated = delivery("oppgitt-forsinkelse", "1.Y", Phase.DEVELOPMENT_LIMITED_TRIAL, List.of(), List.of(),
                List.of(milestone("utproving", Phase.ADAPTATION_EXTENDED_TRIAL, "2026-06-30", "2026-06-30",
                        Certainty.PLANNED, "Integrasjonen har tatt lengre tid enn planlagt, noe som forsinker utprøvingen")),
                1);
        deliveryEvent(late, RoadmapEvents.DELIVERY_DEFINED);
        deliveryEvent(stated, RoadmapEvents.DELIVERY_DEFINED);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            get("/api/v1/status/deliveries/oppgitt-forsinkelse").statusCode(200);
            get("/api/v1/status/deliveries/forsinket-utvikling").statusCode(200);
        });
        get("/api/v1/status/deliveries/forsinket-utvikling")
                .body("delayedMilestones.id", equalTo(List.of("utvikling-1", "utvikling-2")));
        get("/api/v1/status/deliveries/oppgitt-forsinkelse")
                .body("delayedMilestones.id", equalTo(List.of("utproving")));

        JsonPath roadmap = get("/api/v1/status/roadmap").extract().jsonPath();
        assertSubGoalShare(roadmap, "development", "1.X", "1.Y");
        assertSubGoalShare(roadmap, "introduction", "1.Y", "1.X");
        assertEquals(List.of("utvikling-1", "utvikling-2"), roadmap.getList(
                "development.delayedMilestones.findAll { it.deliveryId == 'forsinket-utvikling' }.milestoneId"));
        // The expectation counts in neither share, late as it is.
        assertEquals(List.of(), roadmap.getList("introduction.delayedMilestones.findAll { it.deliveryId == "
                + "'forsinket-utvikling' }"));
        assertEquals("Integrasjonen har tatt lengre tid enn planlagt, noe som forsinker utprøvingen", roadmap.getString(
                "introduction.delayedMilestones.find { it.milestoneId == 'utproving' }.statedDelay"));
        assertEquals("1.Y", roadmap.getString("introduction.delayedMilestones.find { it.milestoneId == 'utproving' }.subGoalId"));

        // The overview's and the indicator's shares come from the counts kept per delivery, by the same rule.
        EventFeed.shared().send(UUID.randomUUID(), "indicator", "5.3", 1, "IndicatorDefined",
                EventFeed.indicator("5.3", "Betydelige forsinkelser i innføring"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get("/api/v1/status/indicators/5.3").statusCode(200)
                .body("roadmapDelayShare.delayedSubGoals", hasItem("1.Y"))
                .body("roadmapDelayShare.delayedSubGoals", not(hasItem("1.X"))));
        JsonPath indicator = get("/api/v1/status/indicators/5.3").extract().jsonPath();
        assertSubGoalShare(indicator, "roadmapDelayShare", "1.Y", "1.X");
        assertEquals(roadmap.getInt("introduction.subGoals"), indicator.getInt("roadmapDelayShare.subGoals"));
    }

    @Test
    void aDeliveryUnderSeveralSubGoalsIsListedAndCountedUnderEach() {
        // Sub-goals 1.V and 1.W are this test's alone.
        for (String id : List.of("1.V", "1.W")) {
            EventFeed.shared().send(Topics.ROADMAP_EVENTS, RoadmapEvents.SUB_GOAL, id, 1, RoadmapEvents.SUB_GOAL_DEFINED,
                    subGoal(id, "Delmål " + id));
        }
        Delivery under = FollowUpPayloads.alsoUnder(delivery("flere-delmal", "1.V", Phase.DEVELOPMENT_LIMITED_TRIAL,
                List.of(), List.of(), List.of(milestone("utvikling", Phase.DEVELOPMENT_LIMITED_TRIAL, "2024-01-31",
                        "2024-09-30")), 1), List.of("1.W"));
        deliveryEvent(under, RoadmapEvents.DELIVERY_DEFINED);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get("/api/v1/status/deliveries/flere-delmal")
                .statusCode(200).body("delivery.alsoUnderSubGoals", equalTo(List.of("1.W"))));

        JsonPath roadmap = get("/api/v1/status/roadmap").extract().jsonPath();
        for (String id : List.of("1.V", "1.W")) {
            assertEquals(List.of("flere-delmal"), roadmap.getList("subGoals.find { it.id == '" + id + "' }.deliveries.id"));
            assertEquals(1, roadmap.getInt("subGoals.find { it.id == '" + id + "' }.deliveryCount"));
        }
        List<String> delayed = roadmap.getList("development.delayedSubGoals");
        assertTrue(delayed.containsAll(List.of("1.V", "1.W")), "its delay delays both sub-goals: " + delayed);
        // The overview's summary and indicator 5.2 from the counts kept per delivery, by the same rule.
        JsonPath overview = get("/api/v1/status/overview").extract().jsonPath();
        assertEquals(1, overview.getInt("roadmap.subGoals.find { it.id == '1.W' }.deliveryCount"));
        EventFeed.shared().send(UUID.randomUUID(), "indicator", "5.2", 1, "IndicatorDefined",
                EventFeed.indicator("5.2", "Betydelige forsinkelser i utvikling"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get("/api/v1/status/indicators/5.2").statusCode(200)
                .body("roadmapDelayShare.delayedSubGoals", hasItem("1.W"))
                .body("roadmapDelayShare.delayedSubGoals", hasItem("1.V")));
    }

    /** The sub-goal share names the delayed one, not the other, and is delayed / all with one decimal. */
    private static void assertSubGoalShare(JsonPath document, String share, String delayed, String notDelayed) {
        List<String> delayedSubGoals = document.getList(share + ".delayedSubGoals");
        assertTrue(delayedSubGoals.contains(delayed), share + " names " + delayed);
        assertFalse(delayedSubGoals.contains(notDelayed), share + " does not name " + notDelayed);
        int subGoals = document.getInt(share + ".subGoals");
        assertTrue(subGoals >= 2, "the test's two sub-goals are on the roadmap");
        assertEquals(BigDecimal.valueOf(100L * delayedSubGoals.size()).divide(BigDecimal.valueOf(subGoals), 1,
                RoundingMode.HALF_UP), new BigDecimal(document.getString(share + ".subGoalPercent")));
    }

    /**
     * The test's milestones are counted in the right group, the share is delayed / counted with one
     * decimal, and the indicator shows the same figures beside its measurements.
     */
    private static void assertDelayShare(JsonPath before, JsonPath roadmap, String group, String indicatorId,
            int addedMilestones, int addedDelayed, String deliveryId, String milestoneId) {
        assertEquals(indicatorId, roadmap.getString(group + ".indicatorId"));
        List<String> delayed = roadmap.getList(group + ".delayedMilestones.findAll { it.deliveryId == '" + deliveryId
                + "' }.milestoneId");
        assertEquals(List.of(milestoneId), delayed);
        int milestones = roadmap.getInt(group + ".milestones");
        int late = roadmap.getInt(group + ".significantlyDelayed");
        assertEquals(before.getInt(group + ".milestones") + addedMilestones, milestones, group + " milestones");
        assertEquals(before.getInt(group + ".significantlyDelayed") + addedDelayed, late, group + " significantly delayed");
        assertEquals(BigDecimal.valueOf(100L * late).divide(BigDecimal.valueOf(milestones), 1, RoundingMode.HALF_UP),
                new BigDecimal(roadmap.getString(group + ".percent")));
        EventFeed.shared().send(UUID.randomUUID(), "indicator", indicatorId, 1, "IndicatorDefined",
                EventFeed.indicator(indicatorId, "Betydelige forsinkelser"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get("/api/v1/status/indicators/" + indicatorId)
                .statusCode(200)
                .body("roadmapDelayShare.milestones", equalTo(milestones))
                .body("roadmapDelayShare.significantlyDelayed", equalTo(late)));
    }
}
