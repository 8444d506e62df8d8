package no.ehelse.followup.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import no.ehelse.followup.infrastructure.DPoPKey;
import no.ehelse.followup.infrastructure.KeycloakServer;
import no.ehelse.followup.infrastructure.Suite;
import no.ehelse.followup.infrastructure.SuiteService;
import no.ehelse.followup.infrastructure.dataset.DatasetLoader;
import no.ehelse.followup.infrastructure.dataset.LoadSummary;

/**
 * The four packaged services together on real PostgreSQL, Kafka and Keycloak: an admin defines a
 * goal and an indicator, an organisation reports a measurement with a token from Keycloak, and the
 * reporting view shows it; also when Kafka is down during the write.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteEndToEndIT {

    private static final String NHN = "994598759";
    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        Path root = Path.of(System.getProperty("followup.root", "../..")).toAbsolutePath().normalize();
        suite = Suite.start(Suite.Options.isolated(root, root.resolve("deploy/e2e/target/suite"),
                line -> System.out.println("[suite] " + line)));
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    private static String url(SuiteService service, String path) {
        return suite.service(service).baseUrl() + path;
    }

    private static String token(String client) {
        return suite.keycloak().accessToken(client);
    }

    private static void define(String path, String body) {
        given().auth().oauth2(token("strategioppfolging-admin")).contentType(ContentType.JSON).body(body)
                .when().put(url(SuiteService.INDICATOR, path))
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    private static ValidatableResponse report(String client, String period, int value) {
        return given().auth().oauth2(token(client)).contentType(ContentType.JSON)
                .body(Map.of("period", period, "value", value, "numerator", value, "denominator", 356,
                        "source", "NHN, innføringsstatistikk"))
                .when().post(url(SuiteService.INDICATOR, "/api/v1/indicators/4.2.1/measurements"))
                .then();
    }

    private static ValidatableResponse reportingView() {
        return given().auth().oauth2(token("strategioppfolging-reader"))
                .when().get(url(SuiteService.REPORTING, "/api/v1/status/indicators/4.2.1"))
                .then();
    }

    @Test
    @Order(1)
    void aMeasurementPostedByAnActorShowsUpInTheReportingView() {
        define("/api/v1/goals/4", """
                {"kind": "STRATEGIC", "name": "Tilgjengelig informasjon og styrket samhandling"}""");
        define("/api/v1/indicators/4.2", """
                {"goalId": "4", "name": "Innføring av samhandlingsverktøy/informasjonstjenester",
                 "unit": {"kind": "SHARE", "label": "Antall/andel"}, "type": "ADOPTION",
                 "direction": "HIGHER_IS_BETTER", "reporters": ["994598759", "983544622"], "status": "ACTIVE"}""");
        define("/api/v1/indicators/4.2.1", """
                {"goalId": "4", "parentId": "4.2", "name": "Kjernejournal innføring",
                 "unit": {"kind": "SHARE", "label": "Andel kommuner", "denominator": 356, "denominatorLabel": "kommuner"},
                 "type": "ADOPTION", "direction": "HIGHER_IS_BETTER", "reporters": ["994598759", "983544622"],
                 "status": "ACTIVE",
                 "baseline": {"value": 147, "numerator": 147, "denominator": 356, "period": "2022-11-29",
                              "text": "147/356 kommuner (29.11.22)"},
                 "targets": [{"year": 2025, "kind": "N_OF_TOTAL", "value": 356, "total": 356, "text": "356/356"}]}""");

        report("nhn", "2023-06", 240).statusCode(201).body("reportedBy", equalTo(NHN));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> reportingView()
                .statusCode(200)
                .body("indicator.name", equalTo("Kjernejournal innføring"))
                .body("latest.period", equalTo("2023-06"))
                .body("latest.value", equalTo(240))
                .body("latest.reportedBy", equalTo(NHN)));
    }

    @Test
    @Order(2)
    void everyServiceServesHealthOpenApiSwaggerUiAndMetrics() {
        for (SuiteService service : SuiteService.values()) {
            given().when().get(url(service, "/q/health")).then().statusCode(200).body("status", equalTo("UP"));
            given().accept("application/json").when().get(url(service, "/q/openapi"))
                    .then().statusCode(200)
                    .body("components.securitySchemes.HelseID.scheme", equalTo("bearer"))
                    .body("info.title", equalTo(service.module()));
            given().when().get(url(service, "/q/swagger-ui/")).then().statusCode(200);
            given().when().get(url(service, "/q/metrics")).then().statusCode(200);
        }
    }

    @Test
    @Order(2)
    void withoutATokenTheServicesAnswer401() {
        for (SuiteService service : SuiteService.values()) {
            given().when().get(url(service, "/api/v1/" + switch (service) {
                case INDICATOR -> "indicators";
                case INITIATIVE -> "initiatives";
                case ROADMAP -> "subgoals";
                case REPORTING -> "status/overview";
                case WEBHOOK -> "webhooks/subscriptions";
            })).then().statusCode(401).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(Map.of("period", "2023", "value", 1))
                .when().post(url(SuiteService.INDICATOR, "/api/v1/indicators/4.2.1/measurements"))
                .then().statusCode(401);
    }

    @Test
    @Order(3)
    void anotherOrganisationIsForbiddenToReport() {
        report("helse-vest", "2023-07", 250)
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @Order(4)
    void aWriteWhileKafkaIsDownArrivesOnceKafkaIsBackExactlyOnce() {
        long appliedBefore = eventsApplied();
        suite.kafka().stop();
        try {
            report("nhn", "2023-12", 300).statusCode(201);
            // Committed and waiting in the outbox: the view cannot have it yet.
            reportingView().statusCode(200).body("latest.period", equalTo("2023-06"));
        } finally {
            suite.kafka().start();
        }
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> reportingView()
                .statusCode(200)
                .body("latest.period", equalTo("2023-12"))
                .body("latest.value", equalTo(300)));
        List<Map<String, Object>> december = reportingView().extract().jsonPath()
                .getList("measurements.findAll { it.period == '2023-12' }");
        assertEquals(1, december.size());
        assertEquals(1, december.get(0).get("revision"));
        assertEquals(appliedBefore + 1, eventsApplied(), "the measurement event was applied exactly once");
    }

    @Test
    @Order(5)
    void aServiceThatDiesBetweenCommitAndPublishPublishesWhenItIsBack() throws Exception {
        // The relay is held back, so the write is committed but its event not yet published...
        suite.restart(SuiteService.INDICATOR, Map.of("followup.outbox.initial-delay", "1h"));
        report("nhn", "2024-01", 310).statusCode(201);
        assertEquals(1, unpublishedEvents(), "the event waits in the outbox");
        // ...when the process dies without any chance to clean up.
        suite.service(SuiteService.INDICATOR).process().killAbruptly();
        suite.restart(SuiteService.INDICATOR, Map.of());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> reportingView()
                .statusCode(200)
                .body("latest.period", equalTo("2024-01"))
                .body("latest.value", equalTo(310)));
        assertEquals(0, unpublishedEvents());
    }

    @Test
    @Order(6)
    void theNationalStrategysDataLoadsWithoutAConflictAndAReloadChangesNothing() {
        Path dataset = Path.of(System.getProperty("followup.root", "../..")).resolve("deploy/dataset");
        String admin = token("strategioppfolging-admin");
        LoadSummary first = new DatasetLoader(dataset, service -> suite.service(service).baseUrl(), () -> admin).load();
        assertEquals(List.of(), first.conflicts());
        assertEquals(8, first.kinds().get("goals").created + first.kinds().get("goals").updated
                + first.kinds().get("goals").unchanged);
        assertEquals(18, first.kinds().get("initiatives").created);

        LoadSummary second = new DatasetLoader(dataset, service -> suite.service(service).baseUrl(), () -> admin).load();
        assertEquals(List.of(), second.conflicts());
        assertTrue(second.changedNothing(), () -> "a reload changed something:\n" + second);

        // Initiative 4.C keeps its owners, the registries (no organisation number) among them.
        given().auth().oauth2(token("strategioppfolging-reader"))
                .when().get(url(SuiteService.INITIATIVE, "/api/v1/initiatives/4.C"))
                .then().statusCode(200)
                .body("owners.size()", equalTo(7))
                .body("owners.find { it.name == 'Helseregistre' }.organisationNumber", nullValue())
                .body("owners.find { it.name == 'Helse Vest RHF' }.organisationNumber", equalTo("983658725"));

        // Issue 18: the roadmap's certainty, stated delays and time, and the plan's own definition of 5.2/5.3.
        String reader = token("strategioppfolging-reader");
        given().auth().oauth2(reader)
                .when().get(url(SuiteService.INDICATOR, "/api/v1/goals/4"))
                .then().statusCode(200)
                .body("benefit", equalTo("ENABLING")) // «mål 4 og 5 er tilretteleggende mål», strategi l. 378
                .body("ambitions", org.hamcrest.Matchers.hasSize(10));
        // The vision, strategi l. 73–74, from the writing service through its event to the dashboard's overview.
        String vision = "Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring";
        given().auth().oauth2(reader).when().get(url(SuiteService.INDICATOR, "/api/v1/strategy"))
                .then().statusCode(200).body("vision", equalTo(vision));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(reader)
                .when().get(url(SuiteService.REPORTING, "/api/v1/status/overview"))
                .then().statusCode(200).body("strategy.vision", equalTo(vision)));
        given().auth().oauth2(reader)
                .when().get(url(SuiteService.ROADMAP, "/api/v1/deliveries/e-multidose"))
                .then().statusCode(200)
                .body("milestones[0].certainty", equalTo("TENTATIVE"))
                .body("milestones[0].earliestDate", equalTo("2025-01-01"));
        given().auth().oauth2(reader)
                .when().get(url(SuiteService.ROADMAP, "/api/v1/deliveries/tjenester-for-foreldre-til-ungdom"))
                .then().statusCode(200)
                .body("pausedReason", equalTo("Arbeid er satt på vent i påvente av nødvendige avklaringer."));
        given().auth().oauth2(reader)
                .when().get(url(SuiteService.ROADMAP, "/api/v1/deliveries/pasientens-maledata"))
                .then().statusCode(200)
                .body("milestones.find { it.id == 'oppstart-av-utproving-av-pasientens-maledata' }.actualDate",
                        equalTo("2025-09-30")) // reached by the edition, on a day the text does not give
                .body("milestones.find { it.id == 'oppstart-av-utproving-av-pasientens-maledata' }.actualDayUnknown",
                        equalTo(true))
                // «Helse Sør-Øst RHF skal … ha en lederrolle», l. 2048–2050; the trial sites have no role
                .body("participants.find { it.name == 'Helse Sør-Øst RHF' }.roles", equalTo(List.of("LEAD")))
                .body("participants.find { it.name == 'Vestre Viken HF' }.roles", equalTo(List.of()))
                .body("subGoalId", equalTo("1.B")) // also under 1.A and 2.C, veikart l. 574–576, 736–738
                .body("alsoUnderSubGoals", equalTo(List.of("1.A", "2.C")));
        given().auth().oauth2(reader)
                .when().get(url(SuiteService.ROADMAP, "/api/v1/deliveries/pasientens-journaldokumenter"))
                .then().statusCode(200)
                .body("nationalOwner.name", equalTo("Norsk helsenett SF")) // plan 4.A
                .body("coOwners.name", equalTo(List.of("Helsedirektoratet"))) // «og Norsk helsenett», in collaboration
                // dated by the edition (Q3 2025), not after it
                .body("participants.find { it.name == 'Helse Sør-Øst RHF' }.progress.asOf", equalTo("2025-09-30"));
        given().auth().oauth2(reader)
                .when().get(url(SuiteService.ROADMAP, "/api/v1/deliveries/pasientens-legemiddelliste"))
                .then().statusCode(200) // «… viktig forutsetninger for innføring av Pasientens legemiddelliste», l. 1581
                .body("prerequisites", hasItem("e-multidose"))
                .body("prerequisites", org.hamcrest.Matchers.hasSize(6));
        given().auth().oauth2(reader)
                .when().get(url(SuiteService.ROADMAP, "/api/v1/deliveries/helsedataservice"))
                .then().statusCode(200)
                .body("nationalOwner.name", equalTo("Folkehelseinstituttet")) // «Fra 1.1.2024 …», veikart l. 2514
                .body("formerOwners[0].name", equalTo("Helsedirektoratet"))
                .body("formerOwners[0].until", equalTo("2023-12-31"))
                .body("formerOwners[0].successor", equalTo("Folkehelseinstituttet"));
        given().auth().oauth2(reader)
                .when().get(url(SuiteService.ROADMAP, "/api/v1/delays")) // today: the milestones were defined today
                .then().statusCode(200)
                .body("development.delayedSubGoals", hasItem("2.B"))  // «tatt lengre tid enn planlagt», l. 1650
                .body("introduction.delayedSubGoals", hasItem("1.A")); // «Det gjenstår litt …», l. 493
        given().auth().oauth2(reader)
                .when().get(url(SuiteService.INITIATIVE, "/api/v1/initiatives/3.C"))
                .then().statusCode(200)
                .body("owners.name", equalTo(List.of("Folkehelseinstituttet")))
                .body("formerOwners[0].successor", equalTo("Folkehelseinstituttet"))
                .body("relatedIndicatorsInferred", equalTo(true));

        // Initiatives and the roadmap reach the reporting view too, through their topics.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(token("strategioppfolging-reader"))
                .when().get(url(SuiteService.REPORTING, "/api/v1/status/initiatives/2.B"))
                .then().statusCode(200)
                .body("initiative.ownerText", equalTo("Flere"))
                .body("reporting.expectsReports", equalTo(true)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(token("strategioppfolging-reader"))
                .when().get(url(SuiteService.REPORTING, "/api/v1/status/deliveries/pasientens-legemiddelliste"))
                .then().statusCode(200)
                .body("goalId", equalTo("2"))
                .body("delivery.priorityRank", equalTo(1)));

        // The invented example reports load only when asked for, and only once.
        DatasetLoader loader = new DatasetLoader(dataset, service -> suite.service(service).baseUrl(), () -> admin);
        LoadSummary examples = loader.loadExamples();
        assertEquals(List.of(), examples.conflicts());
        assertTrue(loader.loadExamples().changedNothing(), "a reload of the examples changed something");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(token("strategioppfolging-reader"))
                .when().get(url(SuiteService.REPORTING, "/api/v1/status/initiatives/3.A"))
                .then().statusCode(200)
                .body("currentStatus.latestReports.find { it.owner == '883658752' }.overallStatus", equalTo("RED"))
                .body("currentStatus.latestReports.find { it.owner == '983658725' }.overallStatus", equalTo("GREEN")));

        // The plan's dated baseline reaches the reporting view as a measurement.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(token("strategioppfolging-reader"))
                .when().get(url(SuiteService.REPORTING, "/api/v1/status/indicators/4.2.1"))
                .then().statusCode(200)
                .body("measurements.find { it.period == '2022-11-29' }.value", equalTo(147)));
    }

    @Test
    @Order(7)
    void keycloakIssuesTokensForTheApisAudienceToClientsThatAuthenticateWithPrivateKeyJwtOnly() throws Exception {
        JsonNode claims = payload(token("nhn"));
        assertTrue(claims.path("aud").toString().contains("\"e-helse:strategioppfolging\""), claims.toString());
        assertEquals(NHN, claims.path("helseid://claims/client/claims/orgnr_parent").asText());

        // A client secret is no way in; neither is an assertion signed by another key than the client's.
        given().formParam("grant_type", "client_credentials").formParam("client_id", "nhn")
                .formParam("client_secret", "nhn-local-secret")
                .when().post(suite.keycloak().tokenEndpoint()).then().statusCode(anyOf(equalTo(400), equalTo(401)))
                .body("error", equalTo("invalid_client"));
        RsaJsonWebKey foreign = RsaJwkGenerator.generateJwk(2048);
        foreign.setKeyId("nhn-1");
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> KeycloakServer.clientCredentialsToken(suite.keycloak().tokenEndpoint(), "nhn", foreign, null));
        assertTrue(refused.getMessage().contains("invalid_client"), refused.getMessage());
    }

    @Test
    @Order(7)
    void aDPoPBoundTokenFromKeycloakWritesWithItsProofOnlyOnceAndNeverAsBearer() {
        DPoPKey key = DPoPKey.generate();
        String token = suite.keycloak().accessToken("nhn", key);
        assertEquals(key.thumbprint(), payload(token).path("cnf").path("jkt").asText());
        String url = url(SuiteService.INDICATOR, "/api/v1/indicators/4.2.1/measurements");
        String proof = key.proof("POST", url, token);

        measurement("2024-02", 320).header("Authorization", "Bearer " + token).when().post(url)
                .then().statusCode(401).contentType("application/problem+json");
        measurement("2024-02", 320).header("Authorization", "DPoP " + token).header("DPoP", proof).when().post(url)
                .then().statusCode(201).body("reportedBy", equalTo(NHN));
        measurement("2024-02", 999).header("Authorization", "DPoP " + token).header("DPoP", proof).when().post(url)
                .then().statusCode(401).contentType("application/problem+json");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> reportingView().statusCode(200)
                .body("measurements.findAll { it.period == '2024-02' }.value", contains(320)));
    }

    @Test
    @Order(8)
    void aDeploymentThatRequiresDPoPRefusesBearerTokens() {
        suite.restart(SuiteService.INDICATOR, Map.of("followup.security.dpop.required", "true"));
        try {
            String url = url(SuiteService.INDICATOR, "/api/v1/indicators/4.2.1");
            given().auth().oauth2(token("strategioppfolging-reader")).when().get(url)
                    .then().statusCode(401).contentType("application/problem+json");
            DPoPKey key = DPoPKey.generate();
            String token = suite.keycloak().accessToken("strategioppfolging-reader", key);
            given().header("Authorization", "DPoP " + token).header("DPoP", key.proof("GET", url, token))
                    .when().get(url).then().statusCode(200).body("name", equalTo("Kjernejournal innføring"));
        } finally {
            suite.restart(SuiteService.INDICATOR, Map.of());
        }
    }

    @Test
    @Order(9)
    void malformedInputToEveryOperationOfEveryServiceIsNeverAServerError() throws Exception {
        List<String> failures = new java.util.ArrayList<>();
        for (SuiteService service : SuiteService.values()) {
            MalformedInputProbe probe = new MalformedInputProbe(suite.service(service).baseUrl(),
                    token("strategioppfolging-admin"));
            List<String> found = probe.run();
            System.out.printf("[probe] %s: %,d requests, %d server errors%n", service.module(), probe.requests(),
                    found.size());
            found.forEach(failure -> failures.add(service.module() + ": " + failure));
        }
        assertEquals(List.of(), failures, "bad input answered with a server error");
    }

    private static io.restassured.specification.RequestSpecification measurement(String period, int value) {
        return given().contentType(ContentType.JSON).body(Map.of("period", period, "value", value, "numerator", value,
                "denominator", 356));
    }

    private static JsonNode payload(String jwt) {
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long unpublishedEvents() throws java.sql.SQLException {
        var postgres = suite.postgres();
        try (var connection = java.sql.DriverManager.getConnection(postgres.jdbcUrl(SuiteService.INDICATOR.database()),
                postgres.user(), postgres.password());
                var rows = connection.createStatement()
                        .executeQuery("select count(*) from outbox_pending")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long eventsApplied() {
        List<Map<String, Object>> freshness = given().auth().oauth2(token("strategioppfolging-reader"))
                .when().get(url(SuiteService.REPORTING, "/api/v1/status/overview"))
                .then().statusCode(200)
                .extract().jsonPath().getList("freshness.findAll { it.topic == 'indicator-events' }");
        return ((Number) freshness.get(0).get("eventsApplied")).longValue();
    }
}
