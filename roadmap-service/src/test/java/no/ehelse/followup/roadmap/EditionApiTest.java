package no.ehelse.followup.roadmap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.EventSchemas;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

@QuarkusTest
class EditionApiTest {

    private static final String TIMELINE = """
            [{"phase": "DEVELOPMENT_LIMITED_TRIAL", "from": "2024", "certainty": "PLANNED"},
             {"phase": "ADAPTATION_EXTENDED_TRIAL", "from": "2025Q1", "to": "2025Q4", "certainty": "PLANNED"},
             {"phase": "INTRODUCTION", "from": "2026Q1", "to": "2026Q4", "certainty": "TENTATIVE"}]""";

    private static ValidatableResponse freeze(String token, String name) {
        return Roadmap.post(token, "/api/v1/editions", """
                {"name": "%s", "approvedBy": "Nasjonalt e-helseråd", "approvedOn": "2025-06-30"}""".formatted(name));
    }

    private static void milestone(String deliveryId, String id, String baseline) {
        Roadmap.put(Tokens.admin(), "/api/v1/deliveries/" + deliveryId + "/milestones/" + id,
                "{\"name\": \"" + id + "\", \"phase\": \"INTRODUCTION\", \"baselineDate\": \"" + baseline + "\"}")
                .statusCode(201);
    }

    private static void forecast(String deliveryId, String id, String date) {
        Roadmap.put(Tokens.reporter(Organisations.NHN), "/api/v1/deliveries/" + deliveryId + "/milestones/" + id + "/forecast",
                "{\"forecastDate\": \"" + date + "\", \"reason\": \"Ny plan\"}").statusCode(200);
    }

    @Test
    void comparingWithAnEditionShowsWhatIsNewDroppedSlippedAndMoved() {
        String kept = Roadmap.define("edition-kept", Roadmap.delivery("2.B", Roadmap.participants(Roadmap.HV), TIMELINE));
        Roadmap.define("edition-dropped", Roadmap.delivery(Roadmap.HV));
        milestone("edition-kept", "slips", "2026-03-31");
        milestone("edition-kept", "earlier", "2026-06-30");
        milestone("edition-kept", "same", "2026-09-30");
        milestone("edition-kept", "dropped", "2026-12-31");
        long id = freeze(Tokens.admin(), "Veikart testutgave").statusCode(201)
                .header("Location", containsString("/api/v1/editions/"))
                .extract().jsonPath().getLong("id");

        forecast("edition-kept", "slips", "2026-05-31");
        forecast("edition-kept", "earlier", "2026-05-31");
        given().auth().oauth2(Tokens.admin()).delete(kept + "/milestones/dropped").then().statusCode(204);
        milestone("edition-kept", "new", "2027-03-31");
        Roadmap.put(Tokens.admin(), kept, Roadmap.delivery("2.B", Roadmap.participants(Roadmap.HV), TIMELINE
                .replace("\"2025Q4\", \"certainty\": \"PLANNED\"", "\"2025Q4\", \"certainty\": \"TENTATIVE\"")
                .replace("\"2026Q4\"", "\"2027Q2\"")
                .replace("}]", "}, {\"phase\": \"NEW_PRACTICE\", \"from\": \"2028\", \"certainty\": \"TENTATIVE\"}]")))
                .statusCode(200);
        Roadmap.progress(Tokens.reporter(Organisations.HELSE_VEST), "edition-kept",
                "{\"phase\": \"ADAPTATION_EXTENDED_TRIAL\"}").statusCode(201);
        given().auth().oauth2(Tokens.admin()).delete("/api/v1/deliveries/edition-dropped").then().statusCode(204);
        Roadmap.define("edition-new", Roadmap.delivery(Roadmap.HV));

        Roadmap.get("/api/v1/editions/" + id + "/comparison").statusCode(200)
                .body("edition.name", equalTo("Veikart testutgave"))
                .body("deliveries.find { it.deliveryId == 'edition-new' }.change", equalTo("NEW"))
                .body("deliveries.find { it.deliveryId == 'edition-dropped' }.change", equalTo("DROPPED"))
                .body("deliveries.deliveryId", not(hasItem("edition-kept")))
                .body("phaseChanges.find { it.deliveryId == 'edition-kept' }.editionPhase", equalTo("DEVELOPMENT_LIMITED_TRIAL"))
                .body("phaseChanges.find { it.deliveryId == 'edition-kept' }.currentPhase", equalTo("ADAPTATION_EXTENDED_TRIAL"))
                .body("milestones.find { it.milestoneId == 'slips' }.change", equalTo("SLIPPED"))
                .body("milestones.find { it.milestoneId == 'slips' }.shiftDays", equalTo(61))
                .body("milestones.find { it.milestoneId == 'slips' }.editionDate", equalTo("2026-03-31"))
                .body("milestones.find { it.milestoneId == 'earlier' }.change", equalTo("MOVED"))
                .body("milestones.find { it.milestoneId == 'earlier' }.shiftDays", equalTo(-30))
                .body("milestones.find { it.milestoneId == 'dropped' }.change", equalTo("DROPPED"))
                .body("milestones.find { it.milestoneId == 'new' }.change", equalTo("NEW"))
                .body("milestones.milestoneId", not(hasItem("same")))
                .body("timeline.findAll { it.deliveryId == 'edition-kept' }.phase",
                        equalTo(List.of("ADAPTATION_EXTENDED_TRIAL", "INTRODUCTION", "NEW_PRACTICE")))
                .body("timeline.find { it.phase == 'ADAPTATION_EXTENDED_TRIAL' && it.deliveryId == 'edition-kept' }.change",
                        equalTo("MOVED"))
                .body("timeline.find { it.phase == 'INTRODUCTION' && it.deliveryId == 'edition-kept' }.change",
                        equalTo("SLIPPED"))
                .body("timeline.find { it.phase == 'INTRODUCTION' && it.deliveryId == 'edition-kept' }.endShiftDays",
                        equalTo(181))
                .body("timeline.find { it.phase == 'NEW_PRACTICE' && it.deliveryId == 'edition-kept' }.change",
                        equalTo("NEW"))
                .body("timeline.find { it.phase == 'NEW_PRACTICE' && it.deliveryId == 'edition-kept' }.edition", nullValue());

        // The edition itself never changes.
        Roadmap.get("/api/v1/editions/" + id).statusCode(200)
                .body("deliveries.find { it.id == 'edition-kept' }.milestones.find { it.id == 'slips' }.forecastDate",
                        equalTo("2026-03-31"))
                .body("deliveries.find { it.id == 'edition-kept' }.phase", equalTo("DEVELOPMENT_LIMITED_TRIAL"))
                .body("deliveries.id", hasItem("edition-dropped"))
                .body("deliveries.id", not(hasItem("edition-new")));
    }

    @Test
    void aFreezeSentAgainWithItsIdempotencyKeyGetsTheOriginalEdition() {
        String body = "{\"name\": \"Veikart idempotent\", \"approvedBy\": \"NUIT\", \"approvedOn\": \"2025-01-15\"}";
        long id = given().auth().oauth2(Tokens.admin()).header("Idempotency-Key", "freeze-veikart-idempotent")
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/editions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.admin()).header("Idempotency-Key", "freeze-veikart-idempotent")
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/editions")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo((int) id));
        Roadmap.get("/api/v1/editions").statusCode(200).body("findAll { it.name == 'Veikart idempotent' }.id",
                equalTo(List.of((int) id)));
    }

    @Test
    void onlyTheAdminFreezesAnEditionAndItIsPublishedOnceUnderItsName() {
        Roadmap.define("edition-published", Roadmap.delivery(Roadmap.HV));
        freeze(Tokens.reporter(Organisations.NHN), "Veikart 2025").statusCode(403);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/editions").then().statusCode(401);
        try (EventProbe events = Roadmap.events()) {
            long id = freeze(Tokens.admin(), "Veikart 2025").statusCode(201)
                    .body("approvedBy", equalTo("Nasjonalt e-helseråd"))
                    .body("approvedOn", equalTo("2025-06-30"))
                    .body("status", equalTo("APPROVED"))
                    .body("frozenBy.organisation", equalTo(Organisations.HELSEDIREKTORATET))
                    .body("deliveries.id", hasItem("edition-published"))
                    .extract().jsonPath().getLong("id");
            JsonNode frozen = Roadmap.await(events, String.valueOf(id), "EditionFrozen");
            EventSchemas.assertValid(Roadmap.TOPIC, frozen);
            assertEquals("edition", frozen.path("aggregateType").asText());
            assertEquals(1, frozen.path("aggregateVersion").asInt());
            Roadmap.get("/api/v1/editions").statusCode(200).body("find { it.id == " + id + " }.name", equalTo("Veikart 2025"));
        }
        freeze(Tokens.admin(), "Veikart 2025").statusCode(409).body("errors[0].field", equalTo("name"));
        Roadmap.post(Tokens.admin(), "/api/v1/editions", """
                {"name": "Veikart fremtid", "approvedBy": "Nasjonalt e-helseråd", "approvedOn": "%s"}"""
                .formatted(LocalDate.now().plusDays(2))).statusCode(400).body("errors[0].field", equalTo("approvedOn"));
        Roadmap.post(Tokens.admin(), "/api/v1/editions", "{\"name\": \"Veikart uten dato\", \"approvedBy\": \"NUIT\"}")
                .statusCode(400).body("errors[0].field", equalTo("approvedOn"));
        Roadmap.get("/api/v1/editions").statusCode(200).body("name", not(hasItem("Veikart fremtid")));
        Roadmap.put(Tokens.admin(), "/api/v1/editions/1", "{}").statusCode(405);
        given().auth().oauth2(Tokens.admin()).delete("/api/v1/editions/1").then().statusCode(405);
        Roadmap.get("/api/v1/editions/999999").statusCode(404);
        Roadmap.get("/api/v1/editions/999999/comparison").statusCode(404);
    }

    @Test
    void anEditionUnderConsiderationIsFrozenWithoutAnyApproval() {
        Roadmap.define("edition-considered", Roadmap.delivery(Roadmap.HV));
        try (EventProbe events = Roadmap.events()) {
            long id = Roadmap.post(Tokens.admin(), "/api/v1/editions", """
                    {"name": "Veikart 2025 til behandling", "status": "UNDER_CONSIDERATION",
                     "description": "Veikartet behandles i Rådsmodellen i tredje kvartal 2025."}""").statusCode(201)
                    .body("status", equalTo("UNDER_CONSIDERATION"))
                    .body("approvedBy", org.hamcrest.Matchers.nullValue())
                    .body("approvedOn", org.hamcrest.Matchers.nullValue())
                    .body("deliveries.id", hasItem("edition-considered"))
                    .extract().jsonPath().getLong("id");
            EventSchemas.assertValid(Roadmap.TOPIC, Roadmap.await(events, String.valueOf(id), "EditionFrozen"));
            Roadmap.get("/api/v1/editions").statusCode(200)
                    .body("find { it.id == " + id + " }.status", equalTo("UNDER_CONSIDERATION"))
                    .body("find { it.id == " + id + " }.approvedBy", org.hamcrest.Matchers.nullValue());
        }
        // Under consideration claims no approval; approved (the default) names it.
        Roadmap.post(Tokens.admin(), "/api/v1/editions", """
                {"name": "Veikart påstått godkjent", "status": "UNDER_CONSIDERATION", "approvedBy": "Nasjonalt e-helseråd"}""")
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("approvedBy"));
        Roadmap.post(Tokens.admin(), "/api/v1/editions", "{\"name\": \"Veikart uten godkjenner\", \"approvedOn\": \"2025-01-15\"}")
                .statusCode(400).body("errors[0].field", equalTo("approvedBy"));
        Roadmap.get("/api/v1/editions").statusCode(200)
                .body("name", not(hasItem("Veikart påstått godkjent")))
                .body("name", not(hasItem("Veikart uten godkjenner")));
    }
}
