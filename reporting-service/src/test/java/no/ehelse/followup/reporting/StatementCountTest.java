package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import no.ehelse.followup.events.Topics;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Milestone;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.testsupport.Tokens;

/**
 * Reading the status issues the same number of SQL statements whatever the amount of data: counted with
 * Hibernate's statistics for a goal, indicator and organisation with little data and with much more,
 * and for the overview before and after the larger set arrives.
 */
@QuarkusTest
class StatementCountTest {

    private static final String INDICATOR = """
            {"id": "%s", "goalId": "%s", "parentId": null, "name": "Indikator %1$s", "purpose": null,
             "unit": {"kind": "PERCENT", "label": "%%"}, "type": "ADOPTION", "direction": "HIGHER_IS_BETTER",
             "method": null, "dataSource": null, "reporters": ["%s"], "status": "ACTIVE",
             "baseline": {"value": 10, "period": "2021", "text": "10 %%"},
             "targets": [{"year": 2030, "kind": "ABSOLUTE", "value": 90, "text": "90 %%"}], "version": 1}""";
    private static final String MEASUREMENT = """
            {"indicatorId": "%s", "period": "%s", "reportedBy": "%s", "revision": 1, "current": true,
             "value": %d, "reportedAt": "2025-01-01T00:00:00Z"}""";

    /** Goal 3: its indicators 3.91.* and 3.92.*, initiatives 3.W–3.Z and sub-goal 3.W are this test's alone. */
    private static final String GOAL = "3";

    private static final String GOAL_PAYLOAD =
            "{\"id\": \"3\", \"kind\": \"STRATEGIC\", \"name\": \"Sikker og effektiv bruk av helsedata\", \"version\": %d}";

    @Inject
    EntityManagerFactory persistence;

    @Inject
    DataSource dataSource;

    /** A fresh valid organisation number (mod 11), so that no other test's data belongs to it. */
    private static String organisation() {
        int[] weights = { 3, 2, 7, 6, 5, 4, 3, 2 };
        while (true) {
            StringBuilder digits = new StringBuilder("8");
            for (int i = 1; i < 8; i++) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += weights[i] * (digits.charAt(i) - '0');
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            return digits.append(check == 11 ? 0 : check).toString();
        }
    }

    /**
     * Adds to goal 3: indicators 3.{series}.1… (each with its measurements), initiatives and deliveries of
     * sub-goal {@code subGoal}, all of one new organisation.
     */
    private static Actor feed(int series, int indicators, int measurementsEach, List<String> initiatives, int deliveries) {
        String organisation = organisation();
        EventFeed feed = EventFeed.shared();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= indicators; i++) {
            String indicator = "3." + series + "." + i;
            ids.add(indicator);
            feed.send("indicator", indicator, 1, "IndicatorDefined", INDICATOR.formatted(indicator, GOAL, organisation));
            for (int m = 0; m < measurementsEach; m++) {
                String period = (2021 + m / 12) + "-%02d".formatted(m % 12 + 1);
                feed.send("measurement", indicator + ":" + period + ":" + organisation, 1, "MeasurementRecorded",
                        MEASUREMENT.formatted(indicator, period, organisation, 10 + m));
            }
        }
        for (String initiative : initiatives) {
            feed.send(Topics.INITIATIVE_EVENTS, InitiativeEvents.INITIATIVE, initiative, 1,
                    InitiativeEvents.INITIATIVE_DEFINED, FollowUpPayloads.initiative(initiative, "Initiativ " + initiative,
                            FollowUpPayloads.owner(organisation, "Virksomhet " + organisation)));
            feed.send(Topics.INITIATIVE_EVENTS, InitiativeEvents.STATUS_REPORT,
                    InitiativeEvents.statusReportId(initiative, "2025T1", organisation), 1,
                    InitiativeEvents.STATUS_REPORT_SUBMITTED,
                    FollowUpPayloads.report(initiative, "2025T1", organisation, 1, TrafficLight.GREEN));
        }
        List<String> deliveryIds = new ArrayList<>();
        for (int i = 1; i <= deliveries; i++) {
            String id = "telling-" + series + "-" + i;
            deliveryIds.add(id);
            List<Milestone> milestones = List.of(FollowUpPayloads.milestone(id + "-mandat", Phase.CONCEPT_MANDATE,
                    "2024-01-31", i % 2 == 0 ? "2024-12-31" : "2024-02-28"));
            Delivery delivery = FollowUpPayloads.delivery(id, "3.W", Phase.ADAPTATION_EXTENDED_TRIAL,
                    List.of(FollowUpPayloads.participant(organisation, "Virksomhet " + organisation,
                            Phase.ADAPTATION_EXTENDED_TRIAL)),
                    List.of(), milestones, 1);
            feed.send(Topics.ROADMAP_EVENTS, RoadmapEvents.DELIVERY, id, 1, RoadmapEvents.DELIVERY_DEFINED, delivery);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String indicator : ids) {
                given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/indicators/" + indicator)
                        .then().statusCode(200).body("measurementCount", equalTo(measurementsEach));
            }
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/actors/" + organisation)
                    .then().statusCode(200)
                    .body("indicators.size()", equalTo(indicators))
                    .body("initiatives.size()", equalTo(initiatives.size()))
                    .body("deliveries.size()", equalTo(deliveries));
        });
        return new Actor(organisation, ids.get(0));
    }

    /** An organisation fed with some data, and one indicator it reports. */
    private record Actor(String organisation, String indicator) {
    }

    /** The last version of goal 3 sent: each later one moves the view to a new version. */
    private long goalVersion = 1;

    /**
     * The statements a request issues when its document is assembled: the view is moved to a new version first (a
     * new version of goal 3), so the document kept for the previous one is not it; once the view has applied it.
     */
    private long statements(String path) throws Exception {
        Statistics statistics = persistence.unwrap(SessionFactory.class).getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "quarkus.hibernate-orm.statistics in the test profile");
        long applied = EventFeed.eventsApplied(dataSource);
        goalVersion++;
        EventFeed.shared().send("goal", GOAL, goalVersion, "GoalChanged", GOAL_PAYLOAD.formatted(goalVersion));
        await().atMost(Duration.ofSeconds(30)).until(() -> EventFeed.eventsApplied(dataSource) > applied);
        statistics.clear();
        given().auth().oauth2(Tokens.reader()).when().get(path).then().statusCode(200);
        long assembled = statistics.getPrepareStatementCount();
        // Kept now: the next request reads only the view version.
        statistics.clear();
        given().auth().oauth2(Tokens.reader()).when().get(path).then().statusCode(200);
        if (!path.endsWith("/overview")) { // the overview is also kept per lag sample, which may change meanwhile
            assertEquals(1, statistics.getPrepareStatementCount(), path + " again: the view version only");
        }
        return assembled;
    }

    @Test
    void aRequestIssuesAFixedNumberOfStatementsWhateverTheData() throws Exception {
        EventFeed.shared().send("goal", GOAL, 1, "GoalDefined", GOAL_PAYLOAD.formatted(1));
        Actor small = feed(91, 1, 2, List.of("3.W"), 1);
        long overviewBefore = statements("/api/v1/status/overview");
        Map<String, Long> before = Map.of(
                "goal", statements("/api/v1/status/goals/" + GOAL),
                "indicator", statements("/api/v1/status/indicators/" + small.indicator()),
                "actor", statements("/api/v1/status/actors/" + small.organisation()),
                "series", statements("/api/v1/status/indicators/" + small.indicator() + "/measurements?aggregate=YEAR"));

        Actor large = feed(92, 5, 60, List.of("3.X", "3.Y", "3.Z"), 6);
        Map<String, Long> after = Map.of(
                "goal", statements("/api/v1/status/goals/" + GOAL),
                "indicator", statements("/api/v1/status/indicators/" + large.indicator()),
                "actor", statements("/api/v1/status/actors/" + large.organisation()),
                "series", statements("/api/v1/status/indicators/" + large.indicator() + "/measurements?aggregate=YEAR"));
        assertEquals(before, after, "statements per request with 1 indicator × 2 measurements and with 5 × 60 more");
        assertEquals(overviewBefore, statements("/api/v1/status/overview"), "the overview's statements");
        after.forEach((resource, count) -> assertTrue(count > 0 && count <= 10, resource + ": " + count + " statements"));
    }
}
