package no.ehelse.followup.roadmap;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.EventSchemas;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

@QuarkusTest
class MilestoneApiTest {

    private static final String SFM_LEGEVAKT = """
            {"name": "SFM-versjon for legevakt ferdigstilt", "phase": "DEVELOPMENT_LIMITED_TRIAL",
             "deliverable": "Sentral forskrivningsmodul for legevakt", "baselineDate": "2025-12-31",
             "text": "Norsk helsenett SF skal per nåværende planer ferdigstille en versjon for legevakt i løpet av 2025"}""";

    private static String milestones(String deliveryId) {
        return "/api/v1/deliveries/" + deliveryId + "/milestones";
    }

    private static String forecast(String date) {
        return "{\"forecastDate\": \"" + date + "\", \"reason\": \"Leverandørenes integrasjon med SFM har tatt lengre tid enn planlagt\"}";
    }

    @Test
    void theAdminDefinesAMilestoneAndItsBaselineIsNeverOverwritten() {
        try (EventProbe events = Roadmap.events()) {
            definesAMilestoneWhoseBaselineIsNeverOverwritten();
            assertPublished(events, "milestone-baseline", List.of("DeliveryDefined", "MilestoneDefined", "MilestoneChanged"),
                    "an unchanged or refused write publishes nothing");
        }
    }

    private void definesAMilestoneWhoseBaselineIsNeverOverwritten() {
        Roadmap.define("milestone-baseline", Roadmap.delivery(Roadmap.HV));
        String path = milestones("milestone-baseline") + "/sfm-legevakt";
        Roadmap.put(Tokens.admin(), path, SFM_LEGEVAKT)
                .statusCode(201)
                .header("X-Write-Outcome", "CREATED")
                .body("baselineDate", equalTo("2025-12-31"))
                .body("forecastDate", equalTo("2025-12-31"))
                .body("actualDate", nullValue())
                .body("delayDays", equalTo(0))
                .body("significantlyDelayed", equalTo(false));
        Roadmap.put(Tokens.admin(), path, SFM_LEGEVAKT).statusCode(200).header("X-Write-Outcome", "UNCHANGED");

        Roadmap.put(Tokens.admin(), path, SFM_LEGEVAKT.replace("2025-12-31", "2026-06-30"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("baselineDate"));
        Roadmap.put(Tokens.admin(), path, SFM_LEGEVAKT.replace("DEVELOPMENT_LIMITED_TRIAL", "INTRODUCTION"))
                .statusCode(409)
                .body("errors[0].field", equalTo("phase"));
        Roadmap.get(path).statusCode(200).body("baselineDate", equalTo("2025-12-31")).body("phase",
                equalTo("DEVELOPMENT_LIMITED_TRIAL"));

        Roadmap.put(Tokens.admin(), path, SFM_LEGEVAKT.replace("ferdigstilt\"", "ferdig\""))
                .statusCode(200)
                .header("X-Write-Outcome", "UPDATED")
                .body("name", equalTo("SFM-versjon for legevakt ferdig"))
                .body("baselineDate", equalTo("2025-12-31"));
        Roadmap.put(Tokens.reporter(Organisations.NHN), milestones("milestone-baseline") + "/annen", SFM_LEGEVAKT)
                .statusCode(403);
        Roadmap.put(Tokens.admin(), milestones("milestone-baseline") + "/annen", SFM_LEGEVAKT.replace("\"2025-12-31\"", "null"))
                .statusCode(400).body("errors[0].field", equalTo("baselineDate"));
        Roadmap.put(Tokens.admin(), milestones("milestone-baseline") + "/annen", SFM_LEGEVAKT.replace("DEVELOPMENT_LIMITED_TRIAL", "DONE"))
                .statusCode(400).body("errors[0].field", equalTo("phase"));
        Roadmap.put(Tokens.admin(), milestones("milestone-unknown") + "/annen", SFM_LEGEVAKT).statusCode(404);
        Roadmap.get(milestones("milestone-baseline")).statusCode(200).body("id", equalTo(List.of("sfm-legevakt")));
    }

    @Test
    void theNationalOwnerChangesTheForecastWithAReasonAndTheChangeIsKept() {
        Roadmap.define("milestone-forecast", Roadmap.delivery(Roadmap.HV));
        String path = milestones("milestone-forecast") + "/sfm-legevakt";
        Roadmap.put(Tokens.admin(), path, SFM_LEGEVAKT).statusCode(201);
        try (EventProbe events = Roadmap.events()) {
            Roadmap.put(Tokens.reporter(Organisations.NHN), path + "/forecast", forecast("2026-06-30"))
                    .statusCode(200)
                    .header("X-Write-Outcome", "UPDATED")
                    .body("forecastDate", equalTo("2026-06-30"))
                    .body("baselineDate", equalTo("2025-12-31"))
                    .body("delayDays", equalTo(181))
                    .body("significantlyDelayed", equalTo(true))
                    .body("history", hasSize(1))
                    .body("history[0].kind", equalTo("FORECAST"))
                    .body("history[0].date", equalTo("2026-06-30"))
                    .body("history[0].previousDate", equalTo("2025-12-31"))
                    .body("history[0].reason", equalTo("Leverandørenes integrasjon med SFM har tatt lengre tid enn planlagt"))
                    .body("history[0].changedBy.organisation", equalTo(Organisations.NHN))
                    .body("history[0].changedBy.client", equalTo("reporter-" + Organisations.NHN))
                    .body("history[0].changedAt", notNullValue());
            JsonNode changed = Roadmap.await(events, "milestone-forecast", "MilestoneForecastChanged");
            EventSchemas.assertValid(Roadmap.TOPIC, changed);
            JsonNode milestone = changed.path("payload").path("milestones").path(0);
            assertEquals(181, milestone.path("delayDays").asInt());
            assertEquals(true, milestone.path("significantlyDelayed").asBoolean());
            assertEquals(true, changed.path("payload").path("significantlyDelayed").asBoolean());
        }
        Roadmap.put(Tokens.reporter(Organisations.NHN), path + "/forecast", forecast("2026-06-30"))
                .statusCode(200).header("X-Write-Outcome", "UNCHANGED").body("history", hasSize(1));
        Roadmap.put(Tokens.reporter(Organisations.NHN), path + "/forecast", "{\"forecastDate\": \"2026-09-30\"}")
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        Roadmap.put(Tokens.reporter(Organisations.NHN), path + "/forecast", "{\"forecastDate\": \"2026-09-30\", \"reason\": \" \"}")
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        Roadmap.put(Tokens.reporter(Organisations.HELSE_VEST), path + "/forecast", forecast("2026-09-30"))
                .statusCode(403).contentType("application/problem+json");
        Roadmap.put(Tokens.reporter(Organisations.FHI), path + "/forecast", forecast("2026-09-30")).statusCode(403);
        Roadmap.put(Tokens.reader(), path + "/forecast", forecast("2026-09-30")).statusCode(403);
        Roadmap.put(Tokens.admin(), path + "/forecast", forecast("2026-09-30"))
                .statusCode(200).body("history", hasSize(2)).body("history[1].changedBy.organisation",
                        equalTo(Organisations.HELSEDIREKTORATET));
        Roadmap.get(path).statusCode(200).body("forecastDate", equalTo("2026-09-30"));
    }

    @Test
    void aDelayIsSignificantOnlyAboveTheThreshold() {
        Roadmap.define("milestone-threshold", Roadmap.delivery(Roadmap.HV));
        String path = milestones("milestone-threshold") + "/innfort";
        Roadmap.put(Tokens.admin(), path, "{\"name\": \"Innført\", \"phase\": \"INTRODUCTION\", \"baselineDate\": \"2025-01-01\"}")
                .statusCode(201);
        Roadmap.put(Tokens.reporter(Organisations.NHN), path + "/forecast", forecast("2025-04-01"))
                .statusCode(200).body("delayDays", equalTo(90)).body("significantlyDelayed", equalTo(false));
        Roadmap.get("/api/v1/deliveries/milestone-threshold").statusCode(200).body("significantlyDelayed", equalTo(false));
        Roadmap.put(Tokens.reporter(Organisations.NHN), path + "/forecast", forecast("2025-04-02"))
                .statusCode(200).body("delayDays", equalTo(91)).body("significantlyDelayed", equalTo(true));
        Roadmap.put(Tokens.reporter(Organisations.NHN), path + "/forecast", forecast("2024-12-01"))
                .statusCode(200).body("delayDays", equalTo(-31)).body("significantlyDelayed", equalTo(false));
    }

    @Test
    void theNationalOwnerRecordsTheActualDate() {
        try (EventProbe events = Roadmap.events()) {
            recordsTheActualDate();
            assertPublished(events, "milestone-actual",
                    List.of("DeliveryDefined", "MilestoneDefined", "MilestoneReached", "MilestoneReached"),
                    "a corrected actual date is published again");
        }
    }

    private void recordsTheActualDate() {
        Roadmap.define("milestone-actual", Roadmap.delivery(Roadmap.HV));
        String path = milestones("milestone-actual") + "/utproving-helse-vest";
        Roadmap.put(Tokens.admin(), path, """
                {"name": "Utprøvingen i Helse Vest avsluttet", "phase": "DEVELOPMENT_LIMITED_TRIAL",
                 "baselineDate": "2023-12-31"}""").statusCode(201);
        String nhn = Tokens.reporter(Organisations.NHN);
        Roadmap.put(nhn, path + "/actual", "{\"actualDate\": \"" + LocalDate.now().plusDays(2) + "\"}")
                .statusCode(400).body("errors[0].field", equalTo("actualDate"));
        Roadmap.put(Tokens.reporter(Organisations.HELSE_VEST), path + "/actual", "{\"actualDate\": \"2024-03-31\"}")
                .statusCode(403);
        Roadmap.put(nhn, path + "/actual", "{\"actualDate\": \"2024-03-31\"}")
                .statusCode(200)
                .body("reached", equalTo(true))
                .body("actualDate", equalTo("2024-03-31"))
                .body("forecastDate", equalTo("2023-12-31"))
                .body("delayDays", equalTo(91))
                .body("significantlyDelayed", equalTo(true))
                .body("history[0].kind", equalTo("ACTUAL"));
        Roadmap.put(nhn, path + "/forecast", forecast("2024-06-30"))
                .statusCode(409).body("errors[0].field", equalTo("forecastDate"));
        Roadmap.put(nhn, path + "/actual", "{\"actualDate\": \"2024-03-15\"}")
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        Roadmap.put(nhn, path + "/actual", "{\"actualDate\": \"2024-03-15\", \"reason\": \"Sluttrapporten er datert 15. mars\"}")
                .statusCode(200)
                .body("delayDays", equalTo(75))
                .body("history.kind", equalTo(List.of("ACTUAL", "ACTUAL")))
                .body("history[1].previousDate", equalTo("2024-03-31"));
    }

    @Test
    void aMilestoneKnownToBeReachedOnAnUnknownDayIsMarkedSoUntilTheDayIsKnown() {
        Roadmap.define("milestone-unknown-day", Roadmap.delivery(Roadmap.HV));
        String path = milestones("milestone-unknown-day") + "/pilot-avsluttet";
        Roadmap.put(Tokens.admin(), path, """
                {"name": "Piloten er avsluttet", "phase": "DEVELOPMENT_LIMITED_TRIAL", "baselineDate": "2024-06-30"}""")
                .statusCode(201);
        Roadmap.get(path).statusCode(200).body("actualDayUnknown", nullValue());
        String nhn = Tokens.reporter(Organisations.NHN);
        String byThen = "{\"actualDate\": \"2024-06-30\", \"dayUnknown\": true}";
        try (EventProbe events = Roadmap.events()) {
            Roadmap.put(nhn, path + "/actual", byThen).statusCode(200)
                    .body("reached", equalTo(true))
                    .body("actualDate", equalTo("2024-06-30"))
                    .body("actualDayUnknown", equalTo(true));
            JsonNode event = Roadmap.await(events, "milestone-unknown-day", "MilestoneReached");
            EventSchemas.assertValid(Roadmap.TOPIC, event);
        }
        Roadmap.put(nhn, path + "/actual", byThen).statusCode(200).header("X-Write-Outcome", "UNCHANGED");
        // The same date with its day now known is no correction of the date: no reason needed.
        Roadmap.put(nhn, path + "/actual", "{\"actualDate\": \"2024-06-30\"}").statusCode(200)
                .body("actualDayUnknown", equalTo(false));
        Roadmap.put(nhn, path + "/actual", byThen).statusCode(200).body("actualDayUnknown", equalTo(true));
        // Learning the day is a correction of what was recorded: it needs a reason.
        Roadmap.put(nhn, path + "/actual", "{\"actualDate\": \"2024-05-20\"}")
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        Roadmap.put(nhn, path + "/actual", "{\"actualDate\": \"2024-05-20\", \"reason\": \"Sluttrapporten er datert 20. mai\"}")
                .statusCode(200)
                .body("actualDate", equalTo("2024-05-20"))
                .body("actualDayUnknown", equalTo(false));
    }

    @Test
    void aMilestoneMayMarkADeliverableWithoutAPhase() {
        Roadmap.define("milestone-deliverable", Roadmap.delivery(Roadmap.HV));
        String path = milestones("milestone-deliverable");
        Roadmap.put(Tokens.admin(), path + "/forskrift", """
                {"name": "Forskrift om standarder og nasjonale e-helseløsninger", "deliverable": "Forskrift",
                 "baselineDate": "2023-01-01"}""")
                .statusCode(201)
                .body("phase", org.hamcrest.Matchers.nullValue())
                .body("deliverable", equalTo("Forskrift"));
        Roadmap.put(Tokens.admin(), path + "/ingenting", "{\"name\": \"Uten fase\", \"baselineDate\": \"2023-01-01\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("phase"));
    }

    @Test
    void aMilestoneKeepsItsCertaintyItsDateRangeAndADelayTheTextStates() {
        Roadmap.define("milestone-tentative", Roadmap.delivery(Roadmap.HV));
        String path = milestones("milestone-tentative");
        String expected = """
                {"name": "Utvidet minimumsløsning på plass", "deliverable": "Utvidet minimumsløsning",
                 "text": "Helse Vest forventer at dette vil være på plass i 2025/2026.", "baselineDate": "2026-12-31",
                 "certainty": "TENTATIVE", "earliestDate": "2025-01-01",
                 "statedDelay": "Integrasjonen har tatt lengre tid enn planlagt"}""";
        Roadmap.put(Tokens.admin(), path + "/utvidet", expected).statusCode(201)
                .body("certainty", equalTo("TENTATIVE"))
                .body("earliestDate", equalTo("2025-01-01"))
                .body("statedDelay", equalTo("Integrasjonen har tatt lengre tid enn planlagt"));
        Roadmap.put(Tokens.admin(), path + "/utvidet", expected).statusCode(200);
        Roadmap.get("/api/v1/deliveries/milestone-tentative").statusCode(200)
                .body("milestones.find { it.id == 'utvidet' }.certainty", equalTo("TENTATIVE"))
                .body("milestones.find { it.id == 'utvidet' }.earliestDate", equalTo("2025-01-01"));
        // Absent certainty is a plan; a range that ends before it starts is refused, naming earliestDate.
        Roadmap.put(Tokens.admin(), path + "/plan", "{\"name\": \"Plan\", \"phase\": \"INTRODUCTION\", "
                + "\"baselineDate\": \"2025-12-31\"}").statusCode(201)
                .body("certainty", equalTo("PLANNED"))
                .body("earliestDate", nullValue())
                .body("statedDelay", nullValue());
        Roadmap.put(Tokens.admin(), path + "/baklengs", "{\"name\": \"Baklengs\", \"phase\": \"INTRODUCTION\", "
                + "\"baselineDate\": \"2025-06-30\", \"earliestDate\": \"2025-07-01\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("earliestDate"));
        Roadmap.put(Tokens.admin(), path + "/usikker", "{\"name\": \"Usikker\", \"phase\": \"INTRODUCTION\", "
                + "\"baselineDate\": \"2025-06-30\", \"certainty\": \"KANSKJE\"}").statusCode(400);
        Roadmap.get("/api/v1/deliveries/milestone-tentative").statusCode(200)
                .body("milestones.id", equalTo(List.of("plan", "utvidet")));
    }

    @Test
    void aRemovedMilestoneIsGoneAndItsIdIsNotReused() {
        Roadmap.define("milestone-removed", Roadmap.delivery(Roadmap.HV));
        String path = milestones("milestone-removed") + "/sfm-legevakt";
        Roadmap.put(Tokens.admin(), path, SFM_LEGEVAKT).statusCode(201);
        given().auth().oauth2(Tokens.reporter(Organisations.NHN)).when().delete(path).then().statusCode(403);
        try (EventProbe events = Roadmap.events()) {
            given().auth().oauth2(Tokens.admin()).when().delete(path).then().statusCode(204);
            JsonNode removed = Roadmap.await(events, "milestone-removed", "MilestoneRemoved");
            assertEquals(0, removed.path("payload").path("milestones").size());
        }
        Roadmap.get(path).statusCode(404);
        Roadmap.get(milestones("milestone-removed")).statusCode(200).body("", hasSize(0));
        Roadmap.put(Tokens.admin(), path, SFM_LEGEVAKT).statusCode(409);
        Roadmap.put(Tokens.reporter(Organisations.NHN), path + "/forecast", forecast("2026-06-30")).statusCode(404);
    }

    /** Waits until the delivery has as many events as expected (or times out), then compares them. */
    private static void assertPublished(EventProbe events, String deliveryId, List<String> expected, String message) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            events.drain(Duration.ofMillis(200));
            return Roadmap.types(events, deliveryId).size() >= expected.size();
        });
        events.drain(Duration.ofMillis(500));
        assertEquals(expected, Roadmap.types(events, deliveryId), message);
    }
}
