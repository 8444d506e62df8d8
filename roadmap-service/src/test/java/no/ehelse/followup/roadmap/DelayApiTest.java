package no.ehelse.followup.roadmap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.TestClock;
import no.ehelse.followup.testsupport.Tokens;

/**
 * Delay shares as they stood on past days. The history is written "in" 2019 with the test clock,
 * a year no other test writes in, so the shares count only this test's milestones.
 */
@QuarkusTest
class DelayApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String milestones(String deliveryId) {
        return "/api/v1/deliveries/" + deliveryId + "/milestones/";
    }

    private static void milestone(String deliveryId, String id, String phase, String baseline) {
        Roadmap.put(Tokens.admin(), milestones(deliveryId) + id,
                "{\"name\": \"" + id + "\", \"phase\": \"" + phase + "\", \"baselineDate\": \"" + baseline + "\"}")
                .statusCode(201);
    }

    private static void forecast(String deliveryId, String id, String date) {
        Roadmap.put(Tokens.reporter(Organisations.NHN), milestones(deliveryId) + id + "/forecast",
                "{\"forecastDate\": \"" + date + "\", \"reason\": \"Forsinket leveranse fra leverandør\"}")
                .statusCode(200);
    }

    private static ValidatableResponse shares(String date) {
        return Roadmap.get("/api/v1/delays?date=" + date).statusCode(200);
    }

    @Test
    void theSharesOfSignificantDelaysInDevelopmentAndIntroductionAreAsTheyStoodOnTheDate() {
        clock.set(LocalDate.of(2019, 3, 1));
        Roadmap.define("delay-shares", Roadmap.delivery(Roadmap.HV));
        Roadmap.define("delay-shares-dropped", Roadmap.delivery(Roadmap.HV));
        milestone("delay-shares", "konsept", "CONCEPT_MANDATE", "2019-06-01");
        milestone("delay-shares", "utvikling", "DEVELOPMENT_LIMITED_TRIAL", "2019-06-01");
        milestone("delay-shares", "utproving", "DEVELOPMENT_LIMITED_TRIAL", "2019-06-01");
        milestone("delay-shares", "tilpasning", "ADAPTATION_EXTENDED_TRIAL", "2019-09-01");
        milestone("delay-shares", "innforing", "INTRODUCTION", "2019-09-01");
        milestone("delay-shares-dropped", "ny-praksis", "NEW_PRACTICE", "2019-09-01");
        forecast("delay-shares-dropped", "ny-praksis", "2020-09-01");

        clock.set(LocalDate.of(2019, 5, 1));
        forecast("delay-shares", "konsept", "2019-09-29");
        forecast("delay-shares", "tilpasning", "2019-12-01");
        forecast("delay-shares", "innforing", "2019-11-30");

        clock.set(LocalDate.of(2019, 8, 1));
        forecast("delay-shares", "utvikling", "2019-12-18");

        clock.set(LocalDate.of(2019, 9, 1));
        given().auth().oauth2(Tokens.admin()).delete(milestones("delay-shares") + "utproving").then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).delete("/api/v1/deliveries/delay-shares-dropped").then().statusCode(204);

        clock.set(LocalDate.of(2019, 10, 1));
        Roadmap.put(Tokens.reporter(Organisations.NHN), milestones("delay-shares") + "konsept/actual",
                "{\"actualDate\": \"2019-06-11\"}").statusCode(200);

        clock.set(LocalDate.of(2019, 10, 15));
        shares("2019-02-28")
                .body("development.milestones", equalTo(0))
                .body("development.percent", nullValue())
                .body("introduction.milestones", equalTo(0));
        shares("2019-04-30")
                .body("significantDelayDays", equalTo(90))
                .body("development.indicatorId", equalTo("5.2"))
                .body("development.phases", equalTo(List.of("CONCEPT_MANDATE", "DEVELOPMENT_LIMITED_TRIAL")))
                .body("development.milestones", equalTo(3))
                .body("development.significantlyDelayed", equalTo(0))
                .body("development.percent", equalTo(0.0f))
                .body("introduction.indicatorId", equalTo("5.3"))
                .body("introduction.phases", equalTo(List.of("ADAPTATION_EXTENDED_TRIAL", "INTRODUCTION", "NEW_PRACTICE")))
                .body("introduction.milestones", equalTo(3))
                .body("introduction.significantlyDelayed", equalTo(1))
                .body("introduction.percent", equalTo(33.3f))
                .body("introduction.delayed.milestoneId", equalTo(List.of("ny-praksis")));
        // 1 May: konsept +120 days and tilpasning +91 are significant, innforing +90 is not.
        shares("2019-05-31")
                .body("development.percent", equalTo(33.3f))
                .body("development.delayed[0].milestoneId", equalTo("konsept"))
                .body("development.delayed[0].delayDays", equalTo(120))
                .body("development.delayed[0].date", equalTo("2019-09-29"))
                .body("development.delayed[0].reached", equalTo(false))
                .body("introduction.significantlyDelayed", equalTo(2))
                .body("introduction.percent", equalTo(66.7f))
                .body("introduction.delayed.milestoneId", equalTo(List.of("tilpasning", "ny-praksis")));
        shares("2019-08-01")
                .body("development.percent", equalTo(66.7f));
        shares("2019-07-31")
                .body("development.percent", equalTo(33.3f));
        // 1 September: utproving and the dropped delivery are gone.
        shares("2019-09-30")
                .body("development.milestones", equalTo(2))
                .body("development.percent", equalTo(100.0f))
                .body("introduction.milestones", equalTo(2))
                .body("introduction.percent", equalTo(50.0f));
        // 1 October: konsept reached ten days late, no longer significantly delayed.
        shares("2019-10-01")
                .body("development.percent", equalTo(50.0f))
                .body("development.delayed.milestoneId", equalTo(List.of("utvikling")));
        Roadmap.get("/api/v1/delays").statusCode(200)
                .body("date", equalTo("2019-10-15"))
                .body("development.percent", equalTo(50.0f));
    }

    @Test
    void theIndicatorIsTheShareOfSubGoalsWithADelayIncludingOneTheTextStates() {
        // A year no other test writes in, so only this test's milestones count on its days; its deliveries are
        // removed again that year, so later days do not count them either.
        clock.set(LocalDate.of(2017, 1, 2));
        Roadmap.subGoal("5.E", "Forsinkelser per delmål");
        Roadmap.subGoal("5.D", "Også under dette delmålet");
        // Also under 5.D: its stated delay delays both sub-goals.
        Roadmap.define("delay-subgoal-stated", Roadmap.delivery("5.E", Roadmap.HV, "[]").replace("\"nationalPhase\"",
                "\"alsoUnderSubGoals\": [\"5.D\"], \"nationalPhase\""));
        Roadmap.define("delay-subgoal-late", Roadmap.delivery("5.E", Roadmap.HV, "[]"));
        Roadmap.put(Tokens.admin(), milestones("delay-subgoal-stated") + "utproving", """
                {"name": "Utprøving", "phase": "DEVELOPMENT_LIMITED_TRIAL", "baselineDate": "2017-06-30",
                 "statedDelay": "Leverandørenes integrasjon har tatt lengre tid enn planlagt"}""").statusCode(201);
        milestone("delay-subgoal-late", "utvikling", "DEVELOPMENT_LIMITED_TRIAL", "2017-03-01");
        forecast("delay-subgoal-late", "utvikling", "2017-12-01");
        milestone("delay-subgoal-late", "innforing", "INTRODUCTION", "2017-03-01");
        Roadmap.put(Tokens.admin(), milestones("delay-subgoal-late") + "ambisjon", """
                {"name": "Ambisjon", "phase": "INTRODUCTION", "baselineDate": "2017-03-01", "certainty": "TENTATIVE"}""")
                .statusCode(201);
        forecast("delay-subgoal-late", "ambisjon", "2017-12-01");

        io.restassured.path.json.JsonPath shares = shares("2017-01-02")
                .body("development.delayedSubGoals", equalTo(List.of("5.E", "5.D")))
                .body("development.significantlyDelayed", equalTo(2))
                .body("development.delayed.find { it.milestoneId == 'utproving' }.statedDelay",
                        equalTo("Leverandørenes integrasjon har tatt lengre tid enn planlagt"))
                .body("development.delayed.find { it.milestoneId == 'utproving' }.subGoalId", equalTo("5.E"))
                .body("introduction.milestones", equalTo(1)) // the late ambition is no plan, so it does not count
                .body("introduction.delayedSubGoals", equalTo(List.of()))
                .body("introduction.subGoalPercent", equalTo(0.0f))
                .extract().jsonPath();
        // Two delayed milestones of one sub-goal count once, among every sub-goal of the roadmap; 5.D counts too.
        int subGoals = shares.getInt("development.subGoals");
        assertEquals(Roadmap.get("/api/v1/subgoals").statusCode(200).extract().jsonPath().getList("$").size(), subGoals);
        assertEquals(new java.math.BigDecimal(200).divide(new java.math.BigDecimal(subGoals), 1,
                java.math.RoundingMode.HALF_UP).floatValue(), shares.getFloat("development.subGoalPercent"));
        for (String delivery : List.of("delay-subgoal-stated", "delay-subgoal-late")) {
            given().auth().oauth2(Tokens.admin()).delete("/api/v1/deliveries/" + delivery).then().statusCode(204);
        }
    }

    @Test
    void aDateAheadIsAnsweredFromTodaysForecastsAndNotADateIsRejectedNamingIt() {
        // Long after the other test's roadmap, so that neither counts the other's milestones.
        clock.set(LocalDate.of(2030, 1, 2));
        Roadmap.define("delay-ahead", Roadmap.delivery(Roadmap.HV));
        milestone("delay-ahead", "mandat", "CONCEPT_MANDATE", "2030-03-01");
        forecast("delay-ahead", "mandat", "2030-12-01");

        io.restassured.path.json.JsonPath today = Roadmap.get("/api/v1/delays").statusCode(200)
                .body("knownOn", equalTo("2030-01-02"))
                .body("development.delayed.milestoneId", hasItem("mandat")).extract().jsonPath();
        io.restassured.path.json.JsonPath ahead = shares("2031-06-30")
                .body("date", equalTo("2031-06-30"))
                .body("knownOn", equalTo("2030-01-02"))
                .body("development.delayed.milestoneId", hasItem("mandat")).extract().jsonPath();
        for (String figure : List.of("development.milestones", "development.significantlyDelayed",
                "introduction.milestones", "introduction.significantlyDelayed")) {
            assertEquals(today.getInt(figure), ahead.getInt(figure), figure);
        }
        Roadmap.get("/api/v1/delays?date=2019-13-01").statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("date"));
        Roadmap.get("/api/v1/delays?date=2019Q3").statusCode(400).body("errors[0].field", equalTo("date"));
        given().when().get("/api/v1/delays").then().statusCode(401);
    }
}
