package no.ehelse.followup.initiative;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.EventSchemas;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

@QuarkusTest
class StatusReportApiTest {

    private static final String NHN = Tokens.reporter(Organisations.NHN);

    private static String reports(String id) {
        return "/api/v1/initiatives/" + id + "/status-reports";
    }

    @Test
    void anOwnerSubmitsAStatusReportAndItIsPublished() {
        Initiatives.define("2.C", Initiatives.active("2.C", Initiatives.NHN, Initiatives.HELSE_VEST));
        try (EventProbe events = Initiatives.events()) {
            Initiatives.report(NHN, "2.C", """
                    {"period": "2025T2", "overallStatus": "YELLOW",
                     "assessments": {"scope": "GREEN", "schedule": "YELLOW", "risk": "YELLOW"},
                     "summary": "Utvidet utprøving venter på ny versjon av DIPS Arena.",
                     "risks": "Leverandørenes kapasitet.", "dependencies": "Forskrift om PLL.",
                     "nextSteps": "Utprøving i Helse Nord.", "progressPercent": 40}""")
                    .statusCode(201)
                    .header("X-Write-Outcome", "CREATED")
                    .header("Location", endsWith("/api/v1/initiatives/2.C/status-reports?period=2025T2&owner=" + Organisations.NHN))
                    .body("initiativeId", equalTo("2.C"))
                    .body("period", equalTo("2025T2"))
                    .body("periodStart", equalTo("2025-05-01"))
                    .body("periodEnd", equalTo("2025-08-31"))
                    .body("owner", equalTo(Organisations.NHN))
                    .body("ownerName", equalTo("Norsk helsenett SF"))
                    .body("revision", equalTo(1))
                    .body("current", equalTo(true))
                    .body("overallStatus", equalTo("YELLOW"))
                    .body("assessments.schedule", equalTo("YELLOW"))
                    .body("assessments.cost", nullValue())
                    .body("progressPercent", equalTo(40))
                    .body("submittedBy.organisation", equalTo(Organisations.NHN))
                    .body("submittedBy.client", equalTo("reporter-" + Organisations.NHN));

            JsonNode event = Initiatives.await(events, "2.C:2025T2:" + Organisations.NHN, "StatusReportSubmitted");
            EventSchemas.assertValid(Initiatives.TOPIC, event);
            ObjectNode broken = event.deepCopy();
            ((ObjectNode) broken.get("payload")).put("overallStatus", "BLUE");
            assertThrows(AssertionError.class, () -> EventSchemas.assertValid(Initiatives.TOPIC, broken),
                    "the schema check can fail");
            assertEquals("status-report", event.path("aggregateType").asText());
            assertEquals(1, event.path("aggregateVersion").asInt());
            assertEquals("Utprøving i Helse Nord.", event.path("payload").path("nextSteps").asText());
            assertEquals(Organisations.NHN, event.path("actor").path("organisation").asText());
        }
    }

    @Test
    void aCorrectionIsANewRevisionAndTheHistoryIsKept() {
        Initiatives.define("2.D", Initiatives.active("2.D", Initiatives.NHN));
        String aggregate = "2.D:2025T1:" + Organisations.NHN;
        try (EventProbe events = Initiatives.events()) {
            Initiatives.report(NHN, "2.D", Initiatives.statusReport("2025T1", "GREEN", "\"progressPercent\": 20"))
                    .statusCode(201);
            Initiatives.report(NHN, "2.D", Initiatives.statusReport("2025T1", "RED",
                    "\"summary\": \"Leveransen er stanset.\", \"progressPercent\": 20"))
                    .statusCode(200)
                    .header("X-Write-Outcome", "UPDATED")
                    .body("revision", equalTo(2))
                    .body("overallStatus", equalTo("RED"));

            JsonNode corrected = Initiatives.await(events, aggregate, "StatusReportCorrected");
            EventSchemas.assertValid(Initiatives.TOPIC, corrected);
            assertEquals(2, corrected.path("aggregateVersion").asInt());
            assertEquals("RED", corrected.path("payload").path("overallStatus").asText());
            assertEquals(List.of("StatusReportSubmitted", "StatusReportCorrected"), Initiatives.types(events, aggregate));
        }
        Initiatives.get(reports("2.D")).statusCode(200)
                .body("", hasSize(1))
                .body("[0].revision", equalTo(2))
                .body("[0].overallStatus", equalTo("RED"));
        Initiatives.get(reports("2.D") + "?history=true").statusCode(200)
                .body("revision", equalTo(List.of(1, 2)))
                .body("current", equalTo(List.of(false, true)))
                .body("overallStatus", equalTo(List.of("GREEN", "RED")));
        Initiatives.get(reports("2.D") + "?history=true&period=2025T1&owner=" + Organisations.NHN).statusCode(200)
                .body("", hasSize(2));
        Initiatives.get(reports("2.D") + "?period=2025T2").statusCode(200).body("", empty());
        Initiatives.get(reports("2.D") + "?period=2025T4").statusCode(400).body("errors[0].field", equalTo("period"));
        Initiatives.get(reports("2.D") + "?history=maybe").statusCode(400).body("errors[0].field", equalTo("history"));
    }

    @Test
    void theSameReportAgainChangesNothingAndPublishesNothing() {
        Initiatives.define("2.E", Initiatives.active("2.E", Initiatives.NHN));
        String aggregate = "2.E:2025Q2:" + Organisations.NHN;
        try (EventProbe events = Initiatives.events()) {
            Initiatives.report(NHN, "2.E", Initiatives.statusReport("2025Q2", "YELLOW",
                    "\"summary\": \"Noe forsinket.\", \"assessments\": {}")).statusCode(201);
            Initiatives.report(NHN, "2.E", Initiatives.statusReport("2025Q2", "YELLOW",
                    "\"summary\": \"  Noe forsinket. \", \"risks\": \" \""))
                    .statusCode(200)
                    .header("X-Write-Outcome", "UNCHANGED")
                    .body("revision", equalTo(1));
            Initiatives.report(NHN, "2.E", Initiatives.statusReport("2025Q2", "YELLOW",
                    "\"summary\": \"Noe forsinket.\", \"progressPercent\": 35"))
                    .statusCode(200)
                    .header("X-Write-Outcome", "UPDATED")
                    .body("revision", equalTo(2));
            Initiatives.await(events, aggregate, "StatusReportCorrected");
            assertEquals(List.of("StatusReportSubmitted", "StatusReportCorrected"), Initiatives.types(events, aggregate),
                    "the unchanged re-send published nothing");
        }
        Initiatives.get(reports("2.E") + "?history=true").statusCode(200).body("revision", equalTo(List.of(1, 2)));
    }

    @Test
    void aResendWithTheSameIdempotencyKeyGetsTheOriginalResponse() {
        Initiatives.define("2.F", Initiatives.active("2.F", Initiatives.NHN));
        String key = UUID.randomUUID().toString();
        String body = Initiatives.statusReport("2025T1", "GREEN", "");
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(NHN).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                    .when().post(reports("2.F"))
                    .then().statusCode(201)
                    .header("X-Write-Outcome", "CREATED")
                    .header("Idempotent-Replayed", attempt == 0 ? nullValue() : equalTo("true"))
                    .body("revision", equalTo(1));
        }
        given().auth().oauth2(NHN).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Initiatives.statusReport("2025T1", "RED", "\"summary\": \"Stanset.\""))
                .when().post(reports("2.F"))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        Initiatives.get(reports("2.F") + "?history=true").statusCode(200).body("", hasSize(1));
    }

    @Test
    void onlyAnOwnerReportsAndOnlyForItself() {
        Initiatives.define("2.G", Initiatives.active("2.G", Initiatives.NHN, Initiatives.HELSE_VEST));
        String body = Initiatives.statusReport("2025T1", "GREEN", "");
        Initiatives.report(Tokens.reporter(Organisations.FHI), "2.G", body)
                .statusCode(403)
                .contentType("application/problem+json");
        Initiatives.report(Tokens.reader(), "2.G", body).statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post(reports("2.G"))
                .then().statusCode(401).contentType("application/problem+json");
        Initiatives.report(NHN, "2.G", Initiatives.statusReport("2025T1", "GREEN", "\"owner\": \"" + Organisations.HELSE_VEST + "\""))
                .statusCode(403)
                .body("errors[0].field", equalTo("owner"));
        Initiatives.get(reports("2.G") + "?history=true").statusCode(200).body("", empty());
        given().auth().oauth2(Tokens.reporter(Organisations.HELSE_VEST)).when().get(reports("2.G")).then().statusCode(200);
    }

    @Test
    void theAdminReportsOnBehalfOfANamedOwner() {
        Initiatives.define("2.H", Initiatives.active("2.H", Initiatives.NHN, Initiatives.HELSE_VEST, Initiatives.HELSEREGISTRE));
        Initiatives.report(Tokens.admin(), "2.H", Initiatives.statusReport("2025T1", "GREEN",
                "\"owner\": \"" + Organisations.HELSE_VEST + "\""))
                .statusCode(201)
                .body("owner", equalTo(Organisations.HELSE_VEST))
                .body("ownerName", equalTo("Helse Vest RHF"))
                .body("submittedBy.organisation", equalTo(Organisations.HELSEDIREKTORATET))
                .body("submittedBy.client", equalTo("strategioppfolging-admin"));
        Initiatives.report(Tokens.admin(), "2.H", Initiatives.statusReport("2025T1", "GREEN", ""))
                .statusCode(400)
                .body("errors[0].field", equalTo("owner"));
        Initiatives.report(Tokens.admin(), "2.H", Initiatives.statusReport("2025T1", "GREEN",
                "\"owner\": \"" + Organisations.FHI + "\""))
                .statusCode(400)
                .body("errors[0].field", equalTo("owner"));
        Initiatives.get(reports("2.H") + "?history=true").statusCode(200)
                .body("owner", equalTo(List.of(Organisations.HELSE_VEST)));
    }

    @Test
    void theAdminRegistersTheStatusOfAnInitiativeWithoutOwnerOrganisationNumbers() {
        Initiatives.define("2.I", Initiatives.initiative("2.I", "SEVERAL", "", "ACTIVE", "\"ownerText\": \"Flere\""));
        Initiatives.report(NHN, "2.I", Initiatives.statusReport("2025T1", "GREEN", "")).statusCode(403);
        Initiatives.report(Tokens.admin(), "2.I", Initiatives.statusReport("2025T1", "GREEN",
                "\"owner\": \"" + Organisations.NHN + "\"")).statusCode(400).body("errors[0].field", equalTo("owner"));
        Initiatives.report(Tokens.admin(), "2.I", Initiatives.statusReport("2025T1", "YELLOW",
                "\"summary\": \"Status fra nasjonal portefølje.\""))
                .statusCode(201)
                .body("owner", equalTo(Organisations.HELSEDIREKTORATET))
                .body("ownerName", nullValue());
        Initiatives.get("/api/v1/initiatives/2.I").statusCode(200)
                .body("currentStatus.latestReports[0].owner", equalTo(Organisations.HELSEDIREKTORATET));
    }

    @Test
    void badInputIsRejectedNamingTheFieldAndNothingIsWritten() {
        Initiatives.define("2.J", Initiatives.initiative("2.J", "SETTLED", Initiatives.NHN, "ACTIVE",
                "\"startDate\": \"2024-05-01\""));
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("period", Initiatives.statusReport("2025T4", "GREEN", ""));
        invalid.put("overallStatus", Initiatives.statusReport("2025T1", "BLUE", ""));
        invalid.put("assessments.schedule", Initiatives.statusReport("2025T1", "GREEN", "\"assessments\": {\"schedule\": \"ORANGE\"}"));
        invalid.put("progressPercent", Initiatives.statusReport("2025T1", "GREEN", "\"progressPercent\": 101"));
        invalid.put("summary", Initiatives.statusReport("2025T1", "RED", ""));
        invalid.put("nextStep", Initiatives.statusReport("2025T1", "GREEN", "\"nextStep\": \"skrivefeil\""));
        for (Map.Entry<String, String> entry : invalid.entrySet()) {
            Initiatives.report(NHN, "2.J", entry.getValue())
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(entry.getKey()));
        }
        Initiatives.report(NHN, "2.J", "{\"period\": \"2025T1\"}").statusCode(400)
                .body("errors.field", equalTo(List.of("overallStatus")));
        Initiatives.report(NHN, "2.J", Initiatives.statusReport("2099T1", "GREEN", "")).statusCode(400)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", equalTo("lies in the future; a period can be reported once it has begun"));
        Initiatives.report(NHN, "2.J", Initiatives.statusReport("2024-09/2024-12", "GREEN", "")).statusCode(400)
                .body("errors[0].field", equalTo("period"));
        Initiatives.report(NHN, "2.J", Initiatives.statusReport("2024T1", "GREEN", "")).statusCode(400)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", equalTo("ends before the initiative started (2024-05-01)"));
        Initiatives.report(NHN, "2.J", Initiatives.statusReport("2025Q5", "YELLOW", "")).statusCode(400)
                .body("errors.field", equalTo(List.of("period", "summary")));
        Initiatives.get(reports("2.J") + "?history=true").statusCode(200).body("", empty());
    }

    @Test
    void statusReportsOfAnUnknownInitiativeAre404() {
        Initiatives.report(NHN, "5.Z", Initiatives.statusReport("2025T1", "GREEN", ""))
                .statusCode(404).contentType("application/problem+json");
        Initiatives.get(reports("5.Z")).statusCode(404);
    }

    @Test
    void aProposedInitiativeTakesNoReportsAndAnEndedOneOnlyForPeriodsBeginningByItsEnd() {
        String proposed = Initiatives.initiative("2.K", "SETTLED", Initiatives.NHN, "PROPOSED", "");
        Initiatives.define("2.K", proposed);
        Initiatives.report(NHN, "2.K", Initiatives.statusReport("2025T1", "GREEN", ""))
                .statusCode(409).contentType("application/problem+json");
        Initiatives.define("2.K", proposed.replace("\"PROPOSED\"",
                "\"COMPLETED\", \"startDate\": \"2025-01-01\", \"endDate\": \"2025-06-30\""));
        Initiatives.report(NHN, "2.K", Initiatives.statusReport("2025T3", "GREEN", ""))
                .statusCode(409)
                .body("errors[0].field", equalTo("period"));
        Initiatives.report(NHN, "2.K", Initiatives.statusReport("2025T2", "GREEN", "\"summary\": \"Sluttrapport.\""))
                .statusCode(201);
        Initiatives.get(reports("2.K") + "?history=true").statusCode(200).body("period", equalTo(List.of("2025T2")));
    }
}
