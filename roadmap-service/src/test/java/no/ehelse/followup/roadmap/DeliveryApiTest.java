package no.ehelse.followup.roadmap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

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
class DeliveryApiTest {

    /** The OpenAPI example: delmål 2.B, the first of the council model's prioritised measures. */
    private static final String PLL = """
            {"id": "pasientens-legemiddelliste", "subGoalId": "2.B", "name": "Pasientens legemiddelliste",
             "description": "En samlet og oppdatert oversikt over hvilke legemidler pasienten bruker.",
             "nationalOwner": {"organisationNumber": "994598759", "name": "Norsk helsenett SF"},
             "participants": [{"organisationNumber": "991324968", "name": "Helse Sør-Øst RHF"},
                              {"organisationNumber": "983658725", "name": "Helse Vest RHF"},
                              {"organisationNumber": "983658776", "name": "Helse Midt-Norge RHF"},
                              {"organisationNumber": "883658752", "name": "Helse Nord RHF"},
                              {"organisationNumber": null, "name": "Kommuner"}],
             "prioritised": true, "priorityRank": 1,
             "timeline": [{"phase": "ADAPTATION_EXTENDED_TRIAL", "from": "2024Q2", "to": "2026Q4", "certainty": "TENTATIVE",
                           "text": "Helse Nord leder utviklingen av PLL-funksjonalitet i DIPS Arena"},
                          {"phase": "DEVELOPMENT_LIMITED_TRIAL", "from": "2022", "to": "2024Q1", "certainty": "PLANNED",
                           "text": "Utprøvingsprosjektet i Helse Vest ble avsluttet i mars 2024"},
                          {"phase": "INTRODUCTION", "from": "2026", "to": "2028", "certainty": "TENTATIVE"}],
             "nationalPhase": "DEVELOPMENT_LIMITED_TRIAL"}""";

    private static final String PATH = "/api/v1/deliveries/pasientens-legemiddelliste";

    @Test
    void adminDefinesPasientensLegemiddellisteAndItsFullStateIsPublished() {
        Roadmap.subGoal("2.B", "Helsepersonell skal ha tilgang til en felles oppdatert legemiddelliste");
        try (EventProbe events = Roadmap.events()) {
            Roadmap.put(Tokens.admin(), PATH, PLL)
                    .statusCode(201)
                    .header("Location", org.hamcrest.Matchers.endsWith(PATH))
                    .header("X-Write-Outcome", "CREATED")
                    .body("phase", equalTo("DEVELOPMENT_LIMITED_TRIAL"))
                    .body("majorityPhase", nullValue())
                    .body("timeline.phase", equalTo(List.of("DEVELOPMENT_LIMITED_TRIAL", "ADAPTATION_EXTENDED_TRIAL",
                            "INTRODUCTION")))
                    .body("timeline[1].start", equalTo("2024-04-01"))
                    .body("timeline[1].end", equalTo("2026-12-31"))
                    .body("timeline[1].certainty", equalTo("TENTATIVE"))
                    .body("participants[4].organisationNumber", nullValue())
                    .body("participants[4].progress", nullValue())
                    .body("significantDelayDays", equalTo(90))
                    .body("version", equalTo(1));
            Roadmap.put(Tokens.admin(), PATH, PLL).statusCode(200).header("X-Write-Outcome", "UNCHANGED");
            Roadmap.put(Tokens.admin(), PATH, PLL.replace("\"name\": \"Kommuner\"", "\"name\": \"Kommunene\""))
                    .statusCode(200).header("X-Write-Outcome", "UPDATED").body("version", equalTo(2));
            Roadmap.get(PATH).statusCode(200).body("priorityRank", equalTo(1)).body("participants[4].name", equalTo("Kommunene"));

            Roadmap.await(events, "pasientens-legemiddelliste", "DeliveryChanged");
            assertEquals(List.of("DeliveryDefined", "DeliveryChanged"), Roadmap.types(events, "pasientens-legemiddelliste"),
                    "the unchanged definition published nothing");
            JsonNode defined = Roadmap.await(events, "pasientens-legemiddelliste", "DeliveryDefined");
            EventSchemas.assertValid(Roadmap.TOPIC, defined);
            ObjectNode broken = defined.deepCopy();
            ((ObjectNode) broken.path("payload").path("timeline").path(0)).put("phase", "ROLLOUT");
            assertThrows(AssertionError.class, () -> EventSchemas.assertValid(Roadmap.TOPIC, broken),
                    "the schema check can fail, down to a segment's phase");
            assertEquals("delivery", defined.path("aggregateType").asText());
            assertEquals(1, defined.path("aggregateVersion").asInt());
            assertEquals("Norsk helsenett SF", defined.path("payload").path("nationalOwner").path("name").asText());
            assertEquals("2026-12-31", defined.path("payload").path("timeline").path(1).path("end").asText());
        }
        given().auth().oauth2(Tokens.reader()).get("/api/v1/deliveries/pasientens-legemiddelliste/progress")
                .then().statusCode(200)
                .body("national", equalTo(List.of(true)))
                .body("phase", equalTo(List.of("DEVELOPMENT_LIMITED_TRIAL")))
                .body("actor", equalTo(List.of(Organisations.NHN)));
    }

    @Test
    void onlyAdminsDefineAndRemoveDeliveries() {
        given().contentType(ContentType.JSON).body(PLL).when().put(PATH).then().statusCode(401);
        given().when().get("/api/v1/deliveries").then().statusCode(401);
        Roadmap.put(Tokens.reporter(Organisations.NHN), "/api/v1/deliveries/not-allowed", Roadmap.delivery(Roadmap.HV))
                .statusCode(403).contentType("application/problem+json");
        Roadmap.put(Tokens.reader(), "/api/v1/deliveries/not-allowed", Roadmap.delivery(Roadmap.HV)).statusCode(403);
        given().auth().oauth2(Tokens.reporter(Organisations.NHN)).when().delete("/api/v1/deliveries/not-allowed")
                .then().statusCode(403);
        Roadmap.get("/api/v1/deliveries/not-allowed").statusCode(404);
    }

    @Test
    void badInputIsRejectedNamingTheFieldAndNothingIsWritten() {
        Roadmap.subGoal("2.B", "Helsepersonell skal ha tilgang til en felles oppdatert legemiddelliste");
        String path = "/api/v1/deliveries/bad-input";
        String timeline = "[{\"phase\": \"INTRODUCTION\", \"from\": \"2025Q3\", \"to\": \"2026Q2\", \"certainty\": \"PLANNED\"}]";
        String good = Roadmap.delivery("2.B", Roadmap.participants(Roadmap.HV, Roadmap.HN), timeline);
        expect400(path, good.replace("\"INTRODUCTION\"", "\"ROLLOUT\""), "timeline[0].phase");
        expect400(path, good.replace("\"2026Q2\"", "\"2025Q2\""), "timeline[0].to");
        expect400(path, good.replace("\"2025Q3\"", "\"2025Q5\""), "timeline[0].from");
        expect400(path, good.replace("\"PLANNED\"", "\"MAYBE\""), "timeline[0].certainty");
        expect400(path, Roadmap.delivery("2.B", Roadmap.participants(Roadmap.HV, Roadmap.HN),
                timeline.replace("]", ", " + timeline.substring(1))), "timeline[1].phase");
        expect400(path, good.replace(Organisations.HELSE_VEST, "983658724"), "participants[0].organisationNumber");
        expect400(path, Roadmap.delivery(Roadmap.participants(Roadmap.HV, Roadmap.HV)), "participants[1]");
        expect400(path, Roadmap.delivery(Roadmap.participants(Roadmap.KOMMUNER, Roadmap.KOMMUNER)), "participants[1]");
        expect400(path, good.replace("\"2.B\"", "\"2.Z\""), "subGoalId");
        expect400(path, good.replace("DEVELOPMENT_LIMITED_TRIAL", "INTRODUCTION"), "nationalPhase");
        expect400(path, good.replace("\"nationalPhase\"", "\"prioritised\": true, \"nationalPhase\""), "priorityRank");
        expect400(path, good.replace("\"nationalPhase\"", "\"priorityRank\": 2, \"nationalPhase\""), "priorityRank");
        expect400(path, good.replace("{\"subGoalId\"", "{\"id\": \"another-id\", \"subGoalId\""), "id");
        expect400(path, good.replace("\"name\": \"Pasientens legemiddelliste\", ", ""), "name");
        expect400(path, good.replace("\"subGoalId\"", "\"currentPhase\": \"INTRODUCTION\", \"subGoalId\""), "currentPhase");
        expect400("/api/v1/deliveries/Bad_Id", good, "id");
        Roadmap.get(path).statusCode(404);
    }

    private static void expect400(String path, String body, String field) {
        Roadmap.put(Tokens.admin(), path, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void aPriorityRankBelongsToOneDeliveryAtATime() {
        String prioritised = "\"prioritised\": true, \"priorityRank\": 3, \"nationalPhase\"";
        Roadmap.define("provesvar", Roadmap.delivery(Roadmap.HV).replace("\"nationalPhase\"", prioritised));
        Roadmap.put(Tokens.admin(), "/api/v1/deliveries/provesvar-kopi",
                Roadmap.delivery(Roadmap.HV).replace("\"nationalPhase\"", prioritised))
                .statusCode(409)
                .body("errors[0].field", equalTo("priorityRank"));
        Roadmap.get("/api/v1/deliveries/provesvar-kopi").statusCode(404);

        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/deliveries/provesvar").then().statusCode(204);
        Roadmap.put(Tokens.admin(), "/api/v1/deliveries/provesvar-kopi",
                Roadmap.delivery(Roadmap.HV).replace("\"nationalPhase\"", prioritised))
                .statusCode(201).body("priorityRank", equalTo(3));
    }

    @Test
    void theNationalPhaseMovesBackOnlyWithAReason() {
        String path = Roadmap.define("national-phase-back", Roadmap.delivery(Roadmap.HV));
        Roadmap.put(Tokens.admin(), path, Roadmap.delivery(Roadmap.HV).replace("DEVELOPMENT_LIMITED_TRIAL", "CONCEPT_MANDATE"))
                .statusCode(400)
                .body("errors[0].field", equalTo("nationalPhase"));
        Roadmap.put(Tokens.admin(), path, Roadmap.delivery(Roadmap.HV).replace(", \"nationalPhase\": \"DEVELOPMENT_LIMITED_TRIAL\"", ""))
                .statusCode(200)
                .header("X-Write-Outcome", "UNCHANGED")
                .body("nationalPhase", equalTo("DEVELOPMENT_LIMITED_TRIAL"));
    }

    @Test
    void workSetOnHoldIsPausedWithTheRoadmapsWordsUntilTheAdminResumesIt() {
        String paused = Roadmap.delivery(Roadmap.HN).replace("\"nationalPhase\"",
                "\"pausedReason\": \" Arbeid er satt på vent i påvente av nødvendige avklaringer. \", \"nationalPhase\"");
        try (EventProbe events = Roadmap.events()) {
            String path = Roadmap.define("barns-bestevurdering-pause", paused);
            Roadmap.get(path).statusCode(200)
                    .body("pausedReason", equalTo("Arbeid er satt på vent i påvente av nødvendige avklaringer."));
            EventSchemas.assertValid(Roadmap.TOPIC, Roadmap.await(events, "barns-bestevurdering-pause", "DeliveryDefined"));
            Roadmap.put(Tokens.admin(), path, paused).statusCode(200);
            Roadmap.put(Tokens.admin(), path, Roadmap.delivery(Roadmap.HN)).statusCode(200)
                    .body("pausedReason", nullValue());
        }
        Roadmap.put(Tokens.admin(), "/api/v1/deliveries/barns-bestevurdering-pause",
                paused.replace("Arbeid er satt på vent", "x".repeat(2001))).statusCode(400)
                .body("errors[0].field", equalTo("pausedReason"));
    }

    @Test
    void ownersInCollaborationAndFormerOwnersAreKeptAndOnlyTheLeadSetsTheNationalPhase() {
        String owned = Roadmap.delivery(Roadmap.HV).replace("\"nationalPhase\"",
                "\"coOwners\": [{\"organisationNumber\": \"" + Organisations.HELSEDIREKTORATET + "\", \"name\": \"Helsedirektoratet\"}], "
                        + "\"formerOwners\": [{\"organisationNumber\": \"" + Organisations.FHI + "\", \"name\": \"FHI\", "
                        + "\"until\": \"2023-12-31\", \"successor\": \"Norsk helsenett SF\"}], \"nationalPhase\"");
        try (EventProbe events = Roadmap.events()) {
            String path = Roadmap.define("journaldokumenter-i-samarbeid", owned);
            Roadmap.get(path).statusCode(200)
                    .body("nationalOwner.organisationNumber", equalTo(Organisations.NHN))
                    .body("coOwners.organisationNumber", equalTo(List.of(Organisations.HELSEDIREKTORATET)))
                    .body("formerOwners[0].name", equalTo("FHI"))
                    .body("formerOwners[0].until", equalTo("2023-12-31"))
                    .body("formerOwners[0].successor", equalTo("Norsk helsenett SF"));
            JsonNode event = Roadmap.await(events, "journaldokumenter-i-samarbeid", "DeliveryDefined");
            EventSchemas.assertValid(Roadmap.TOPIC, event);
            assertEquals(Organisations.HELSEDIREKTORATET,
                    event.path("payload").path("coOwners").path(0).path("organisationNumber").asText());
            Roadmap.put(Tokens.admin(), path, owned).statusCode(200).header("X-Write-Outcome", "UNCHANGED");
        }
        // The lead sets the national phase; an owner in collaboration, or a former one, does not.
        for (String other : List.of(Organisations.HELSEDIREKTORATET, Organisations.FHI)) {
            Roadmap.progress(Tokens.reporter(other), "journaldokumenter-i-samarbeid",
                    "{\"phase\": \"CONCEPT_MANDATE\", \"reason\": \"Nytt mandat\"}").statusCode(403);
        }
        String bad = Roadmap.delivery(Roadmap.HV).replace("\"nationalPhase\"", "\"coOwners\": [" + Roadmap.NHN_OWNER + "], "
                + "\"formerOwners\": [{\"name\": \" \"}], \"nationalPhase\"");
        Roadmap.put(Tokens.admin(), "/api/v1/deliveries/journaldokumenter-feil", bad).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("coOwners[0]", "formerOwners[0].name", "formerOwners[0].until"));
        Roadmap.get("/api/v1/deliveries/journaldokumenter-feil").statusCode(404);
    }

    @Test
    void aDeliveryNamesTheDeliveriesItNeedsFirstAndTheyFormNoCycle() {
        Roadmap.define("forutsetning-sfm", Roadmap.delivery(Roadmap.HV));
        Roadmap.define("forutsetning-multidose", Roadmap.delivery(Roadmap.HV));
        String needs = Roadmap.delivery(Roadmap.HV).replace("\"nationalPhase\"",
                "\"prerequisites\": [\"forutsetning-sfm\", \"forutsetning-multidose\", \"forutsetning-sfm\"], \"nationalPhase\"");
        try (EventProbe events = Roadmap.events()) {
            String path = Roadmap.define("forutsetning-pll", needs);
            Roadmap.get(path).statusCode(200)
                    .body("prerequisites", equalTo(List.of("forutsetning-multidose", "forutsetning-sfm")));
            JsonNode event = Roadmap.await(events, "forutsetning-pll", "DeliveryDefined");
            EventSchemas.assertValid(Roadmap.TOPIC, event);
            assertEquals(2, event.path("payload").path("prerequisites").size());
            Roadmap.put(Tokens.admin(), path, needs).statusCode(200).header("X-Write-Outcome", "UNCHANGED");
        }
        // Unknown, itself, or a cycle (sfm would need pll, which needs sfm): 400 naming the entry, nothing written.
        Roadmap.put(Tokens.admin(), "/api/v1/deliveries/forutsetning-sfm", Roadmap.delivery(Roadmap.HV).replace(
                "\"nationalPhase\"", "\"prerequisites\": [\"finnes-ikke\", \"forutsetning-sfm\", \"forutsetning-pll\"], \"nationalPhase\""))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("prerequisites[0]", "prerequisites[1]", "prerequisites[2]")));
        Roadmap.get("/api/v1/deliveries/forutsetning-sfm").statusCode(200).body("prerequisites", equalTo(List.of()));
    }

    @Test
    void aDeliveryUnderSeveralSubGoalsIsListedUnderEach() {
        Roadmap.subGoal("4.C", "Felles språk");
        Roadmap.subGoal("4.D", "Internasjonalt samarbeid");
        String under = Roadmap.delivery("4.C", Roadmap.HV, "[]").replace("\"nationalPhase\"",
                "\"alsoUnderSubGoals\": [\"4.D\", \"2.B\", \"4.D\"], \"nationalPhase\"");
        try (EventProbe events = Roadmap.events()) {
            String path = Roadmap.define("maledata-flere-delmal", under);
            Roadmap.get(path).statusCode(200).body("subGoalId", equalTo("4.C"))
                    .body("alsoUnderSubGoals", equalTo(List.of("2.B", "4.D")));
            JsonNode event = Roadmap.await(events, "maledata-flere-delmal", "DeliveryDefined");
            EventSchemas.assertValid(Roadmap.TOPIC, event);
            assertEquals(2, event.path("payload").path("alsoUnderSubGoals").size());
            Roadmap.put(Tokens.admin(), path, under).statusCode(200).header("X-Write-Outcome", "UNCHANGED");
        }
        for (String subGoal : List.of("4.C", "2.B", "4.D")) {
            Roadmap.get("/api/v1/deliveries?subGoal=" + subGoal).statusCode(200)
                    .body("id", hasItems("maledata-flere-delmal"));
        }
        // Its own sub-goal again, or one not defined: 400 naming the entry, nothing written.
        Roadmap.put(Tokens.admin(), "/api/v1/deliveries/maledata-feil-delmal", Roadmap.delivery("4.C", Roadmap.HV, "[]")
                .replace("\"nationalPhase\"", "\"alsoUnderSubGoals\": [\"4.C\", \"3.Z\"], \"nationalPhase\""))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("alsoUnderSubGoals[0]", "alsoUnderSubGoals[1]")));
        Roadmap.get("/api/v1/deliveries/maledata-feil-delmal").statusCode(404);
    }

    @Test
    void participantsHaveTheRolesTheRoadmapStates() {
        String lead = HSO_LEAD;
        String roles = Roadmap.delivery(Roadmap.participants(lead, Roadmap.HV));
        try (EventProbe events = Roadmap.events()) {
            String path = Roadmap.define("maledata-med-roller", roles);
            Roadmap.get(path).statusCode(200)
                    .body("participants.find { it.organisationNumber == '" + Organisations.HELSE_SOR_OST + "' }.roles",
                            equalTo(List.of("LEAD", "SOURCE")))
                    .body("participants.find { it.organisationNumber == '" + Organisations.HELSE_VEST + "' }.roles",
                            equalTo(List.of()));
            JsonNode event = Roadmap.await(events, "maledata-med-roller", "DeliveryDefined");
            EventSchemas.assertValid(Roadmap.TOPIC, event);
            assertEquals("LEAD", event.path("payload").path("participants").path(0).path("roles").path(0).asText());
            Roadmap.put(Tokens.admin(), path, roles).statusCode(200).header("X-Write-Outcome", "UNCHANGED");
            // Another role is a change of the definition.
            Roadmap.put(Tokens.admin(), path, roles.replace("\"LEAD\", ", "")).statusCode(200)
                    .header("X-Write-Outcome", "UPDATED");
            Roadmap.get(path).statusCode(200)
                    .body("participants.find { it.organisationNumber == '" + Organisations.HELSE_SOR_OST + "' }.roles",
                            equalTo(List.of("SOURCE")));
        }
        // An owner owns: a role on the national owner or a co-owner is refused, naming the field; nothing written.
        String owned = Roadmap.delivery(Roadmap.HV).replace(Roadmap.NHN_OWNER + ",",
                Roadmap.NHN_OWNER.replace("}", ", \"roles\": [\"LEAD\"]}") + ",");
        Roadmap.put(Tokens.admin(), "/api/v1/deliveries/maledata-eier-med-rolle", owned).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("nationalOwner.roles"));
        Roadmap.put(Tokens.admin(), "/api/v1/deliveries/maledata-ukjent-rolle",
                Roadmap.delivery(HSO_LEAD.replace("LEAD", "BOSS"))).statusCode(400)
                .contentType("application/problem+json");
        Roadmap.get("/api/v1/deliveries/maledata-eier-med-rolle").statusCode(404);
        Roadmap.get("/api/v1/deliveries/maledata-ukjent-rolle").statusCode(404);
    }

    /** Helse Sør-Øst as source and lead, listed out of order and once twice. */
    private static final String HSO_LEAD = Roadmap.HSO.replace("}", ", \"roles\": [\"SOURCE\", \"LEAD\", \"SOURCE\"]}");

    @Test
    void aDeliveryWithoutANamedNationalOwnerIsKeptByTheAdmin() {
        String unowned = Roadmap.delivery(Roadmap.HV).replace("\"nationalOwner\": " + Roadmap.NHN_OWNER + ",", "");
        try (EventProbe events = Roadmap.events()) {
            String path = Roadmap.define("kjernejournal-uten-eier", unowned);
            Roadmap.get(path).statusCode(200).body("nationalOwner", nullValue());
            EventSchemas.assertValid(Roadmap.TOPIC, Roadmap.await(events, "kjernejournal-uten-eier", "DeliveryDefined"));
        }
        // Nobody but the admin may set the national phase or keep the milestones.
        Roadmap.progress(Tokens.reporter(Organisations.NHN), "kjernejournal-uten-eier",
                "{\"phase\": \"CONCEPT_MANDATE\", \"asOf\": \"2024-01-01\", \"reason\": \"test\"}")
                .statusCode(403);
        Roadmap.put(Tokens.admin(), "/api/v1/deliveries/kjernejournal-uten-eier/milestones/pilot",
                "{\"name\": \"Pilot\", \"phase\": \"INTRODUCTION\", \"baselineDate\": \"2025-06-30\"}")
                .statusCode(201);
        Roadmap.put(Tokens.reporter(Organisations.NHN), "/api/v1/deliveries/kjernejournal-uten-eier/milestones/pilot/forecast",
                "{\"forecastDate\": \"2025-09-30\", \"reason\": \"Forsinket\"}")
                .statusCode(403);
    }

    @Test
    void removingADeliveryDropsItFromTheRoadmapAndPublishesIt() {
        String path = Roadmap.define("removed-delivery", Roadmap.delivery(Roadmap.HV));
        try (EventProbe events = Roadmap.events()) {
            given().auth().oauth2(Tokens.admin()).when().delete(path).then().statusCode(204);
            JsonNode removed = Roadmap.await(events, "removed-delivery", "DeliveryRemoved");
            EventSchemas.assertValid(Roadmap.TOPIC, removed);
            assertEquals(false, removed.path("payload").path("removedAt").isNull());
        }
        Roadmap.get(path).statusCode(404);
        Roadmap.get("/api/v1/deliveries").statusCode(200).body("id", not(hasItem("removed-delivery")));
        Roadmap.put(Tokens.admin(), path, Roadmap.delivery(Roadmap.HV)).statusCode(409);
        given().auth().oauth2(Tokens.admin()).when().delete(path).then().statusCode(404);
    }

    @Test
    void deliveriesAreFilteredBySubGoalActorPhasePriorityAndDelay() {
        Roadmap.subGoal("2.C", "Helsepersonell skal ha tilgang til relevant, oppdatert og korrekt informasjon om pasienten");
        Roadmap.define("filter-journaldokumenter", Roadmap.delivery("2.C", Roadmap.participants(Roadmap.HV), "[]")
                .replace("\"nationalPhase\"", "\"prioritised\": true, \"priorityRank\": 2, \"nationalPhase\""));
        Roadmap.define("filter-kritisk-info", Roadmap.delivery("2.C", Roadmap.participants(Roadmap.HN), "[]"));
        Roadmap.progress(Tokens.reporter(Organisations.HELSE_NORD), "filter-kritisk-info",
                "{\"phase\": \"INTRODUCTION\", \"asOf\": \"2025-06-30\"}").statusCode(201);
        Roadmap.put(Tokens.admin(), "/api/v1/deliveries/filter-kritisk-info/milestones/innfort",
                "{\"name\": \"Innført i Helse Nord\", \"phase\": \"INTRODUCTION\", \"baselineDate\": \"2025-06-30\"}")
                .statusCode(201);
        Roadmap.put(Tokens.reporter(Organisations.NHN), "/api/v1/deliveries/filter-kritisk-info/milestones/innfort/forecast",
                "{\"forecastDate\": \"2026-06-30\", \"reason\": \"Avhenger av ny versjon av journalsystemet\"}")
                .statusCode(200);

        Roadmap.get("/api/v1/deliveries?subGoal=2.C").statusCode(200)
                .body("id", equalTo(List.of("filter-journaldokumenter", "filter-kritisk-info")));
        Roadmap.get("/api/v1/deliveries?subGoal=2.C&actor=" + Organisations.HELSE_NORD).statusCode(200)
                .body("id", equalTo(List.of("filter-kritisk-info")));
        Roadmap.get("/api/v1/deliveries?subGoal=2.C&actor=Helse Vest RHF").statusCode(200)
                .body("id", equalTo(List.of("filter-journaldokumenter")));
        Roadmap.get("/api/v1/deliveries?subGoal=2.C&actor=" + Organisations.NHN).statusCode(200)
                .body("id", equalTo(List.of("filter-journaldokumenter", "filter-kritisk-info")));
        Roadmap.get("/api/v1/deliveries?subGoal=2.C&phase=INTRODUCTION").statusCode(200)
                .body("id", equalTo(List.of("filter-kritisk-info")));
        Roadmap.get("/api/v1/deliveries?subGoal=2.C&prioritised=true").statusCode(200)
                .body("id", equalTo(List.of("filter-journaldokumenter")));
        Roadmap.get("/api/v1/deliveries?subGoal=2.C&delayed=true").statusCode(200)
                .body("id", equalTo(List.of("filter-kritisk-info")))
                .body("[0].milestones[0].delayDays", equalTo(365));
        Roadmap.get("/api/v1/deliveries?subGoal=2.C&delayed=false").statusCode(200)
                .body("id", equalTo(List.of("filter-journaldokumenter")));
        Roadmap.get("/api/v1/deliveries?phase=ROLLOUT").statusCode(400).body("errors[0].field", equalTo("phase"));
        Roadmap.get("/api/v1/deliveries?delayed=yes").statusCode(400).body("errors[0].field", equalTo("delayed"));
    }

    @Test
    void thePhasesAreTheValueChainInOrder() {
        Roadmap.get("/api/v1/phases").statusCode(200)
                .body("code", equalTo(List.of("CONCEPT_MANDATE", "DEVELOPMENT_LIMITED_TRIAL", "ADAPTATION_EXTENDED_TRIAL",
                        "INTRODUCTION", "NEW_PRACTICE")))
                .body("name", equalTo(List.of("Konsept/mandat", "Utvikling og begrenset utprøving",
                        "Tilpasning og utvidet utprøving", "Innføring", "Ny praksis i bruk")))
                .body("national", equalTo(List.of(true, true, false, false, false)))
                .body("delayIndicator", equalTo(List.of("5.2", "5.2", "5.3", "5.3", "5.3")));
    }
}
