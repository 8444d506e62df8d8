package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.ehelse.followup.events.indicator.IndicatorEvents;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.EventSchemas;
import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

@QuarkusTest
class IndicatorApiTest {

    static final String GOAL_4 = """
            {"kind": "STRATEGIC", "name": "Tilgjengelig informasjon og styrket samhandling",
             "description": "Digital samhandling, styrket informasjonsforvaltning og økt standardisering."}""";

    static final String INDICATOR_4_2 = """
            {"goalId": "4", "name": "Innføring av samhandlingsverktøy/informasjonstjenester",
             "unit": {"kind": "SHARE", "label": "Antall/andel"}, "type": "ADOPTION", "direction": "HIGHER_IS_BETTER",
             "method": "Tall fra NHN/Direktoratet for e-helse", "dataSource": "NHN",
             "reporters": ["994598759", "983544622"], "status": "ACTIVE", "targets": []}""";

    static final String INDICATOR_4_2_1 = """
            {"goalId": "4", "parentId": "4.2", "name": "Kjernejournal innføring",
             "purpose": "Måler andel kommuner som har innført kjernejournal",
             "unit": {"kind": "SHARE", "label": "Andel kommuner", "countedEntity": "kommuner",
                      "denominator": 356, "denominatorLabel": "kommuner"},
             "type": "ADOPTION", "direction": "HIGHER_IS_BETTER",
             "method": "Tall fra NHN/Direktoratet for e-helse", "dataSource": "NHN",
             "reporters": ["994598759", "983544622"], "status": "ACTIVE",
             "baseline": {"value": 147, "numerator": 147, "denominator": 356, "period": "2022-11-29",
                          "text": "147/356 kommuner (29.11.22)"},
             "targets": [{"year": 2025, "kind": "N_OF_TOTAL", "value": 356, "total": 356, "text": "356/356"}]}""";

    static void defineKjernejournal() {
        put("/api/v1/goals/4", GOAL_4);
        put("/api/v1/indicators/4.2", INDICATOR_4_2);
        put("/api/v1/indicators/4.2.1", INDICATOR_4_2_1);
    }

    private static void put(String path, String body) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().put(path)
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    @Test
    void adminDefinesAGoalAndAnIndicatorAndEachChangeIsPublished() {
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), "indicator-events")) {
            defineKjernejournal();

            given().auth().oauth2(Tokens.reader())
                    .when().get("/api/v1/indicators/4.2.1")
                    .then().statusCode(200)
                    .body("goalId", equalTo("4"))
                    .body("parentId", equalTo("4.2"))
                    .body("unit.denominator", equalTo(356))
                    .body("baseline.text", equalTo("147/356 kommuner (29.11.22)"))
                    .body("targets[0].kind", equalTo("N_OF_TOTAL"))
                    .body("reporters", contains("994598759", "983544622"));

            JsonNode event = events.await(e -> "IndicatorDefined".equals(e.path("type").asText())
                    && "4.2.1".equals(e.path("aggregateId").asText()), Duration.ofSeconds(30));
            EventSchemas.assertValid("indicator-events", event);
            EventSchemas.assertValid("indicator-events", events.await(e -> "GoalDefined".equals(e.path("type").asText()),
                    Duration.ofSeconds(30)));
            assertEquals("indicator", event.path("aggregateType").asText());
            assertEquals(1, event.path("aggregateVersion").asLong());
            assertEquals(Organisations.HELSEDIREKTORATET, event.path("actor").path("organisation").asText());
            assertEquals("strategioppfolging-admin", event.path("actor").path("client").asText());
            assertEquals(IndicatorEvents.SCHEMA_VERSION, event.path("schemaVersion").asInt());
            assertEquals("Kjernejournal innføring", event.path("payload").path("name").asText());
            assertEquals("4.2.1", events.records().stream()
                    .filter(r -> r.value().contains("\"aggregateId\":\"4.2.1\"")).findFirst().orElseThrow().key());
        }
    }

    @Test
    void aStrategicGoalSaysWhetherItGivesDirectBenefitAndWhatItShallAchieveTowards2030() {
        String goal = """
                {"kind": "STRATEGIC", "name": "Enklere arbeidshverdag", "benefit": "DIRECT",
                 "ambitions": [" Helsepersonell har tilgang til data for kvalitetsforbedring ", "Forskere får raskere tilgang til helsedata"]}""";
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), "indicator-events")) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(goal)
                    .when().put("/api/v1/goals/2").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/goals/2").then().statusCode(200)
                    .body("benefit", equalTo("DIRECT"))
                    .body("ambitions", contains("Helsepersonell har tilgang til data for kvalitetsforbedring",
                            "Forskere får raskere tilgang til helsedata"));
            JsonNode event = events.await(e -> e.path("type").asText().startsWith("Goal")
                    && "2".equals(e.path("aggregateId").asText()) && e.path("payload").path("benefit").isTextual(),
                    Duration.ofSeconds(30));
            EventSchemas.assertValid("indicator-events", event);
            assertEquals(2, event.path("payload").path("ambitions").size());
        }
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(goal)
                .when().put("/api/v1/goals/2").then().statusCode(200).header("X-Write-Outcome", "UNCHANGED");
        // An overarching goal has no benefit of its own; an empty ambition is no ambition.
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"OVERARCHING\", \"name\": \"Mål\", \"benefit\": \"ENABLING\"}")
                .when().put("/api/v1/goals/O3").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("benefit"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(goal.replace("\"Forskere får raskere tilgang til helsedata\"", "\" \""))
                .when().put("/api/v1/goals/2").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("ambitions"));
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/goals/2").then()
                .body("ambitions", org.hamcrest.Matchers.hasSize(2));
    }

    @Test
    void theStrategyHoldsItsVisionAndEachChangeIsPublished() {
        String strategy = """
                {"name": " Nasjonal e-helsestrategi 2023–2030 ",
                 "vision": "Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring",
                 "fromYear": 2023, "toYear": 2030}""";
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), "indicator-events")) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(strategy)
                    .when().put("/api/v1/strategy").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/strategy").then().statusCode(200)
                    .body("name", equalTo("Nasjonal e-helsestrategi 2023–2030"))
                    .body("vision", equalTo("Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring"))
                    .body("toYear", equalTo(2030));
            JsonNode event = events.await(e -> "strategy".equals(e.path("aggregateType").asText()), Duration.ofSeconds(30));
            EventSchemas.assertValid("indicator-events", event);
            assertEquals("strategy", event.path("aggregateId").asText());
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(strategy)
                    .when().put("/api/v1/strategy").then().statusCode(200).header("X-Write-Outcome", "UNCHANGED");
        }
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(strategy.replace("2030}", "2020}"))
                .when().put("/api/v1/strategy").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("toYear"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(strategy.replace("\"vision\": \"Sammen", "\"vision\": \" \", \"x\": \""))
                .when().put("/api/v1/strategy").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reporter(Organisations.NHN)).contentType(ContentType.JSON).body(strategy)
                .when().put("/api/v1/strategy").then().statusCode(403);
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/strategy").then().statusCode(200).body("toYear", equalTo(2030));
    }

    @Test
    void anOverarchingGoalCanHaveIndicatorsOfItsOwnAsThePlanSaysTheyWillBeSet() {
        put("/api/v1/goals/O2", """
                {"kind": "OVERARCHING", "name": "Bærekraftig helse- og omsorgssektor"}""");
        String overarching = INDICATOR_4_2_1.replace("\"goalId\": \"4\", \"parentId\": \"4.2\"", "\"goalId\": \"O2\"")
                .replace("Kjernejournal innføring", "Bærekraft i sektoren");
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), "indicator-events")) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(overarching)
                    .when().put("/api/v1/indicators/O2.1").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/indicators/O2.1").then().statusCode(200)
                    .body("goalId", equalTo("O2"));
            JsonNode event = events.await(e -> "O2.1".equals(e.path("aggregateId").asText()), Duration.ofSeconds(30));
            EventSchemas.assertValid("indicator-events", event);
            assertEquals(IndicatorEvents.SCHEMA_VERSION, event.path("schemaVersion").asInt());
        }
        // Its id names its goal, and there are three overarching goals: 400 naming the field.
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(overarching.replace("\"O2\"", "\"4\""))
                .when().put("/api/v1/indicators/O2.2").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("goalId"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(overarching)
                .when().put("/api/v1/indicators/O4.1").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/indicators/O2.2").then().statusCode(404);
    }

    @Test
    void anIdTheDatasetDerivedIsMarkedSoAndTheMarkIsPartOfTheDefinition() {
        defineKjernejournal();
        String derived = INDICATOR_4_2_1.replace("\"parentId\": \"4.2\"", "\"parentId\": \"4.2.1\"")
                .replace("\"status\": \"ACTIVE\",", "\"status\": \"ACTIVE\", \"derivedId\": true,");
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), "indicator-events")) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(derived)
                    .when().put("/api/v1/indicators/4.2.1.7").then().statusCode(201);
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/indicators/4.2.1.7")
                    .then().statusCode(200).body("derivedId", equalTo(true));
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/indicators/4.2.1")
                    .then().statusCode(200).body("derivedId", equalTo(false));
            JsonNode event = events.await(e -> "IndicatorDefined".equals(e.path("type").asText())
                    && "4.2.1.7".equals(e.path("aggregateId").asText()), Duration.ofSeconds(30));
            EventSchemas.assertValid("indicator-events", event);
            assertEquals(true, event.path("payload").path("derivedId").asBoolean());
        }
        // The same definition again changes nothing; taking the mark away is a change.
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(derived)
                .when().put("/api/v1/indicators/4.2.1.7").then().statusCode(200).header("X-Write-Outcome", "UNCHANGED");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(derived.replace("\"derivedId\": true,", ""))
                .when().put("/api/v1/indicators/4.2.1.7").then().statusCode(200).header("X-Write-Outcome", "UPDATED")
                .body("derivedId", equalTo(false));
    }

    @Test
    void changingAGoalOrAnIndicatorAndRetiringOneIsEachPublished() {
        defineKjernejournal();
        String indicator = INDICATOR_4_2.replace("\"4\", \"name\": \"Innføring av samhandlingsverktøy/informasjonstjenester\"",
                "\"4\", \"parentId\": \"4.2\", \"name\": \"Pasientens legemiddelliste innføring\"");
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), "indicator-events")) {
            put("/api/v1/indicators/4.2.9", indicator);
            put("/api/v1/indicators/4.2.9", indicator.replace("innføring", "innført i kommunene"));
            put("/api/v1/indicators/4.2.9", indicator.replace("\"ACTIVE\"", "\"RETIRED\""));
            put("/api/v1/goals/4", GOAL_4.replace("økt standardisering.", "økt standardisering og felles språk."));

            JsonNode retired = events.await(e -> "IndicatorRetired".equals(e.path("type").asText())
                    && "4.2.9".equals(e.path("aggregateId").asText()), Duration.ofSeconds(30));
            EventSchemas.assertValid("indicator-events", retired);
            assertEquals(3, retired.path("aggregateVersion").asLong());
            assertEquals("RETIRED", retired.path("payload").path("status").asText());
            assertEquals(List.of("IndicatorDefined", "IndicatorChanged", "IndicatorRetired"), events.events().stream()
                    .filter(e -> "4.2.9".equals(e.path("aggregateId").asText())).map(e -> e.path("type").asText()).toList());
            JsonNode goal = events.await(e -> "GoalChanged".equals(e.path("type").asText())
                    && "4".equals(e.path("aggregateId").asText()), Duration.ofSeconds(30));
            EventSchemas.assertValid("indicator-events", goal);
            assertEquals("Digital samhandling, styrket informasjonsforvaltning og økt standardisering og felles språk.",
                    goal.path("payload").path("description").asText());
        }
        put("/api/v1/goals/4", GOAL_4);
    }

    @Test
    void theSameDefinitionTwiceChangesNothing() {
        defineKjernejournal();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(INDICATOR_4_2_1)
                .when().put("/api/v1/indicators/4.2.1")
                .then().statusCode(200)
                .header("X-Write-Outcome", "UNCHANGED");
    }

    @Test
    void aBaselineMeasuredOnWhatWasSinceReplacedCarriesTheBreakInTheSeries() {
        put("/api/v1/goals/5", """
                {"kind": "STRATEGIC", "name": "Samarbeid og virkemidler som styrker gjennomføringskraft"}""");
        String delays = """
                {"goalId": "5", "name": "Betydelige forsinkelser i utvikling av e-helse løsninger",
                 "unit": {"kind": "PERCENT", "label": "Andel forsinkelser i veikartet"}, "type": "ADOPTION",
                 "direction": "LOWER_IS_BETTER", "method": "Analyse av status på veikart", "reporters": [],
                 "status": "ACTIVE", "baseline": {"value": 17, "text": "17 %", "seriesBreak": "SERIES_BREAK"},
                 "targets": []}""";
        String seriesBreak = "Målt på Veikart for nasjonale e-helseløsninger, som er erstattet";
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(delays.replace("SERIES_BREAK", seriesBreak))
                .when().put("/api/v1/indicators/5.92")
                .then().statusCode(201)
                .body("baseline.seriesBreak", equalTo(seriesBreak));
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/indicators/5.92")
                .then().statusCode(200).body("baseline.seriesBreak", equalTo(seriesBreak));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(delays.replace("SERIES_BREAK", "x".repeat(2001)))
                .when().put("/api/v1/indicators/5.92")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("baseline.seriesBreak"));
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/indicators/5.92")
                .then().statusCode(200).body("baseline.seriesBreak", equalTo(seriesBreak));
    }

    @Test
    void readersListIndicatorsFilteredByGoalTypeAndStatus() {
        defineKjernejournal();
        put("/api/v1/goals/1", ImportApiTest.GOAL_1);
        put("/api/v1/indicators/1.3", ImportApiTest.INDICATOR_1_3);

        given().auth().oauth2(Tokens.reader()).queryParam("goal", "4")
                .when().get("/api/v1/indicators")
                .then().statusCode(200)
                .body("id", hasItem("4.2.1"))
                .body("goalId", everyItem(equalTo("4")));
        given().auth().oauth2(Tokens.reader()).queryParam("type", "PERCEIVED_RESULT")
                .when().get("/api/v1/indicators")
                .then().statusCode(200)
                .body("id", hasItem("1.3"))
                .body("id", not(hasItem("4.2.1")))
                .body("type", everyItem(equalTo("PERCEIVED_RESULT")));
        given().auth().oauth2(Tokens.reader()).queryParam("goal", "4").queryParam("type", "ADOPTION")
                .queryParam("status", "ACTIVE")
                .when().get("/api/v1/indicators")
                .then().statusCode(200)
                .body("id", hasItem("4.2.1"))
                .body("id", not(hasItem("1.3")));
        given().auth().oauth2(Tokens.reader()).queryParam("status", "RETIRED")
                .when().get("/api/v1/indicators")
                .then().statusCode(200)
                .body("id", not(hasItem("4.2.1")))
                .body("status", everyItem(equalTo("RETIRED")));
    }

    @Test
    void anUnknownFilterValueIs400NamingTheParameter() {
        given().auth().oauth2(Tokens.reader()).queryParam("type", "adoption")
                .when().get("/api/v1/indicators")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
        given().auth().oauth2(Tokens.reader()).queryParam("status", "DEAD")
                .when().get("/api/v1/indicators")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void withoutATokenTheAnswerIs401AsAProblem() {
        given().contentType(ContentType.JSON).body(GOAL_4)
                .when().put("/api/v1/goals/4")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
        given().when().get("/api/v1/indicators").then().statusCode(401);
    }

    @Test
    void anExpiredTokenIsRejected() {
        given().auth().oauth2(Tokens.expired(Organisations.NHN))
                .when().get("/api/v1/indicators")
                .then().statusCode(401);
    }

    @Test
    void aReporterCannotDefineIndicators() {
        given().auth().oauth2(Tokens.reporter(Organisations.NHN)).contentType(ContentType.JSON).body(GOAL_4)
                .when().put("/api/v1/goals/4")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void unknownFieldsWrongTypesAndMalformedBodiesAre400NamingTheField() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(GOAL_4.replace("\"kind\"", "\"colour\": \"red\", \"kind\""))
                .when().put("/api/v1/goals/4")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(INDICATOR_4_2_1.replace("\"denominator\": 356, \"denominatorLabel\"", "\"denominator\": \"many\", \"denominatorLabel\""))
                .when().put("/api/v1/indicators/4.2.1")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("unit.denominator"));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(GOAL_4.replace("STRATEGIC", "TACTICAL"))
                .when().put("/api/v1/goals/4")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"kind\": ")
                .when().put("/api/v1/goals/4")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"));
    }

    @Test
    void validationNamesEveryOffendingField() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("goalId", "4", "unit", Map.of("kind", "PERCENT"), "type", "ADOPTION",
                        "direction", "HIGHER_IS_BETTER", "reporters", java.util.List.of("123456789"),
                        "status", "ACTIVE"))
                .when().put("/api/v1/indicators/4.9")
                .then().statusCode(400)
                .body("errors.field", hasItem("name"));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(INDICATOR_4_2_1.replace("\"994598759\", \"983544622\"", "\"123456789\""))
                .when().put("/api/v1/indicators/4.2.1")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("reporters[0]"))
                .body("errors[0].message", notNullValue());

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(GOAL_4)
                .when().put("/api/v1/goals/9")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void retiringAnIndicatorIsPublishedAndItTakesNoMoreMeasurements() {
        put("/api/v1/goals/3", "{\"kind\": \"STRATEGIC\", \"name\": \"Helsedata til fornying og forbedring\"}");
        String registries = """
                {"goalId": "3", "name": "Digital innrapportering til helseregistre",
                 "unit": {"kind": "COUNT", "label": "Antall helseregistre", "countedEntity": "helseregistre"},
                 "type": "ADOPTION", "direction": "HIGHER_IS_BETTER", "reporters": ["983744516"], "status": "%s",
                 "targets": [{"year": 2025, "kind": "TO_BE_DECIDED", "text": "Vurderes i måltall for 2024."}]}""";
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), "indicator-events")) {
            put("/api/v1/indicators/3.2", registries.formatted("ACTIVE"));
            put("/api/v1/indicators/3.2", registries.formatted("RETIRED"));
            JsonNode retired = events.await(e -> "IndicatorRetired".equals(e.path("type").asText())
                    && "3.2".equals(e.path("aggregateId").asText()), Duration.ofSeconds(30));
            assertEquals("RETIRED", retired.path("payload").path("status").asText());
            assertEquals(2, retired.path("aggregateVersion").asLong());
        }
        given().auth().oauth2(Tokens.reporter(Organisations.FHI)).contentType(ContentType.JSON)
                .body("{\"period\": \"2023\", \"value\": 13}")
                .when().post("/api/v1/indicators/3.2/measurements")
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownIndicatorIs404() {
        given().auth().oauth2(Tokens.reader())
                .when().get("/api/v1/indicators/9.9")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Indicator 9.9 does not exist"));
    }

    @Test
    void concurrentFirstDefinitionsOfOneIdAnswerCreatedOnceAndNeverAServerError() throws Exception {
        put("/api/v1/goals/4", GOAL_4);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 5; attempt++) {
                // A new id each time, of this test's own, so every pair races for a first definition.
                String id = "4." + (90 + attempt) + "." + (1 + ThreadLocalRandom.current().nextInt(99));
                CountDownLatch start = new CountDownLatch(1);
                Callable<Integer> define = () -> {
                    start.await();
                    return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(INDICATOR_4_2)
                            .when().put("/api/v1/indicators/" + id).then().extract().statusCode();
                };
                Future<Integer> first = pool.submit(define);
                Future<Integer> second = pool.submit(define);
                start.countDown();
                List<Integer> statuses = new ArrayList<>(List.of(first.get(), second.get()));
                statuses.sort(null);
                assertEquals(List.of(200, 201), statuses, "id " + id);
                given().auth().oauth2(Tokens.admin()).when().get("/api/v1/indicators/" + id)
                        .then().statusCode(200).body("version", equalTo(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
