package no.ehelse.followup.initiative;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
class InitiativeApiTest {

    /** 2.B as the dataset loader sends it (plan-for-realisering.txt), id in the body, cadence left to its default. */
    private static final String PLL = """
            {"id": "2.B", "goalId": "2", "name": "Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)",
             "description": "Dekker PLL-programmet og pågående tilretteleggings- og innføringsprosjektene hos aktørene.",
             "rationale": "Rådsmodellen har sagt at dette er det viktigste nasjonale områdene. Har en varighet i hele strategiperioden",
             "statusSource": {"kind": "NATIONAL_PORTFOLIO", "text": "Nasjonal portefølje"},
             "ownership": "SEVERAL", "owners": [], "ownerText": "Flere",
             "relatedIndicatorIds": [], "relatedSubGoalIds": ["2.B"], "lifecycle": "ACTIVE"}""";
    /** 5.E: the owner is under clarification. */
    private static final String BEREDSKAP = """
            {"goalId": "5", "name": "Videreutvikle digitalt økosystem for helse- og smittevernberedskap",
             "statusSource": {"kind": "OTHER", "text": "Direktoratet fra e-helse"},
             "ownership": "UNDER_CLARIFICATION", "owners": [], "ownerText": "Under avklaring",
             "relatedSubGoalIds": ["3.C"], "lifecycle": "PROPOSED"}""";
    /** 4.C: one of the owners, Helseregistre, has no organisation number. */
    private static final String INFORMASJONSFORVALTNING = """
            {"goalId": "4", "name": "Styrket informasjonsforvaltning og god og sikker tilgang til data for sekundærbruk",
             "statusSource": {"kind": "OWNER_REPORTING", "text": "Rapportering fra Direktoratet for e-helse og regionale helseforetak."},
             "ownership": "SETTLED",
             "owners": [{"organisationNumber": "983544622", "name": "Helsedirektoratet"},
                        {"organisationNumber": "971032146", "name": "KS (Kommunesektorens organisasjon)"},
                        {"organisationNumber": null, "name": "Helseregistre"}],
             "ownerText": "Direktoratet for e-helse\\nRegionale helseforetak\\nKS\\nHelseregistre",
             "relatedSubGoalIds": ["4.B"], "lifecycle": "ACTIVE"}""";

    @Test
    void adminDefinesAnInitiativeAndItIsPublishedOnce() {
        try (EventProbe events = Initiatives.events()) {
            Initiatives.put(Tokens.admin(), "2.B", PLL)
                    .statusCode(201)
                    .header("X-Write-Outcome", "CREATED")
                    .header("Location", endsWith("/api/v1/initiatives/2.B"))
                    .body("id", equalTo("2.B"))
                    .body("ownership", equalTo("SEVERAL"))
                    .body("owners", empty())
                    .body("ownerText", equalTo("Flere"))
                    .body("statusSource.kind", equalTo("NATIONAL_PORTFOLIO"))
                    .body("reportsPerYear", equalTo(3))
                    .body("lifecycle", equalTo("ACTIVE"))
                    .body("version", equalTo(1))
                    .body("currentStatus.overallStatus", nullValue())
                    .body("reporting.expectsReports", equalTo(true));
            Initiatives.put(Tokens.admin(), "2.B", PLL)
                    .statusCode(200)
                    .header("X-Write-Outcome", "UNCHANGED")
                    .body("version", equalTo(1));
            Initiatives.get("/api/v1/initiatives/2.B").statusCode(200)
                    .body("name", equalTo("Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)"))
                    .body("relatedSubGoalIds", equalTo(List.of("2.B")));
            Initiatives.put(Tokens.admin(), "2.B", PLL.replace("\"relatedIndicatorIds\": []", "\"relatedIndicatorIds\": [\"2.2\"]"))
                    .statusCode(200)
                    .header("X-Write-Outcome", "UPDATED")
                    .body("version", equalTo(2));

            JsonNode defined = Initiatives.await(events, "2.B", "InitiativeDefined");
            EventSchemas.assertValid(Initiatives.TOPIC, defined);
            ObjectNode broken = defined.deepCopy();
            ((ObjectNode) broken.get("payload")).remove("ownership");
            assertThrows(AssertionError.class, () -> EventSchemas.assertValid(Initiatives.TOPIC, broken),
                    "the schema check can fail");
            assertEquals("initiative", defined.path("aggregateType").asText());
            assertEquals(1, defined.path("aggregateVersion").asInt());
            assertEquals("Flere", defined.path("payload").path("ownerText").asText());
            assertEquals(Organisations.HELSEDIREKTORATET, defined.path("actor").path("organisation").asText());
            JsonNode changed = Initiatives.await(events, "2.B", "InitiativeChanged");
            EventSchemas.assertValid(Initiatives.TOPIC, changed);
            assertEquals(2, changed.path("aggregateVersion").asInt());
            assertEquals("2.2", changed.path("payload").path("relatedIndicatorIds").path(0).asText());
            assertEquals(List.of("InitiativeDefined", "InitiativeChanged"), Initiatives.types(events, "2.B"),
                    "the unchanged re-send published nothing");
        }
    }

    @Test
    void aLifecycleChangeIsAnEventOfItsOwnAndAStartedInitiativeIsNeverProposedAgain() {
        String active = Initiatives.initiative("1.D", "SETTLED", Initiatives.HELSEDIREKTORATET, "ACTIVE",
                "\"startDate\": \"2023-01-01\"");
        String path = Initiatives.define("1.D", active);
        String activatedAt = Initiatives.get(path).extract().path("lifecycleChangedAt");
        try (EventProbe events = Initiatives.events()) {
            Initiatives.put(Tokens.admin(), "1.D", active.replace("\"ACTIVE\"", "\"COMPLETED\"")
                    .replace("\"startDate\": \"2023-01-01\"", "\"startDate\": \"2023-01-01\", \"endDate\": \"2024-12-31\""))
                    .statusCode(200)
                    .header("X-Write-Outcome", "UPDATED")
                    .body("lifecycle", equalTo("COMPLETED"))
                    .body("endDate", equalTo("2024-12-31"))
                    .body("reporting.expectsReports", equalTo(false));
            Initiatives.put(Tokens.admin(), "1.D", active).statusCode(200).body("lifecycle", equalTo("ACTIVE"));
            Initiatives.put(Tokens.admin(), "1.D", active.replace("\"ACTIVE\"", "\"PROPOSED\""))
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("lifecycle"));

            JsonNode resumed = events.await(event -> "1.D".equals(event.path("aggregateId").asText())
                    && event.path("aggregateVersion").asInt() == 3, Duration.ofSeconds(30));
            EventSchemas.assertValid(Initiatives.TOPIC, resumed);
            assertEquals(List.of("InitiativeDefined", "InitiativeLifecycleChanged", "InitiativeLifecycleChanged"),
                    Initiatives.types(events, "1.D"));
            assertEquals("ACTIVE", resumed.path("payload").path("lifecycle").asText());
            assertNotEquals(activatedAt, resumed.path("payload").path("lifecycleChangedAt").asText());
        }
        Initiatives.get(path).statusCode(200).body("version", equalTo(3)).body("lifecycle", equalTo("ACTIVE"));
    }

    @Test
    void ownersAndReadersCannotRedefineAnInitiative() {
        String body = Initiatives.active("1.F", Initiatives.NHN);
        String path = Initiatives.define("1.F", body);
        String changed = body.replace("Initiativ 1.F", "Omdefinert av eieren");
        Initiatives.put(Tokens.reporter(Organisations.NHN), "1.F", changed)
                .statusCode(403)
                .contentType("application/problem+json");
        Initiatives.put(Tokens.reader(), "1.F", changed).statusCode(403);
        given().contentType(ContentType.JSON).body(changed).when().put(path)
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/initiatives").then().statusCode(401);
        Initiatives.get(path).statusCode(200).body("name", equalTo("Initiativ 1.F")).body("version", equalTo(1));
    }

    @Test
    void badInputIsRejectedNamingTheFieldAndNothingIsWritten() {
        String valid = Initiatives.initiative("1.E", "SETTLED", Initiatives.NHN, "ACTIVE", "");
        String future = LocalDate.now().plusYears(1).toString();
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("goalId", valid.replace("\"goalId\": \"1\"", "\"goalId\": \"2\""));
        invalid.put("id", valid.replace("{\"goalId\"", "{\"id\": \"1.X\", \"goalId\""));
        invalid.put("name", valid.replace("\"Initiativ 1.E\"", "\" \""));
        invalid.put("statusSource", valid.replace("\"statusSource\": {\"kind\": \"NATIONAL_PORTFOLIO\", \"text\": \"Nasjonal portefølje\"},", ""));
        invalid.put("statusSource.text", valid.replace("{\"kind\": \"NATIONAL_PORTFOLIO\", \"text\": \"Nasjonal portefølje\"}",
                "{\"kind\": \"OTHER\"}"));
        invalid.put("owners", valid.replace(Initiatives.NHN, ""));
        invalid.put("owners[1].organisationNumber", valid.replace(Initiatives.NHN,
                Initiatives.NHN + ", " + Initiatives.owner("123456789", "Feil nummer")));
        invalid.put("owners[1].name", valid.replace(Initiatives.NHN, Initiatives.NHN + ", {\"name\": \"\"}"));
        invalid.put("lifecycle", valid.replace("\"ACTIVE\"", "\"DONE\""));
        invalid.put("reportsPerYear", valid.replace("\"ACTIVE\"", "\"ACTIVE\", \"reportsPerYear\": 5"));
        invalid.put("relatedIndicatorIds[1]", valid.replace("\"ACTIVE\"", "\"ACTIVE\", \"relatedIndicatorIds\": [\"1.1\", \"1.x\"]"));
        invalid.put("relatedSubGoalIds[0]", valid.replace("\"ACTIVE\"", "\"ACTIVE\", \"relatedSubGoalIds\": [\"1A\"]"));
        invalid.put("startDate", valid.replace("\"ACTIVE\"", "\"ACTIVE\", \"startDate\": \"" + future + "\""));
        invalid.put("endDate", valid.replace("\"ACTIVE\"", "\"COMPLETED\", \"startDate\": \"2023-01-01\""));
        invalid.put("unknownField", valid.replace("\"ACTIVE\"", "\"ACTIVE\", \"unknownField\": 1"));
        for (Map.Entry<String, String> entry : invalid.entrySet()) {
            Initiatives.put(Tokens.admin(), "1.E", entry.getValue())
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(entry.getKey()));
        }
        Initiatives.put(Tokens.admin(), "1.E", valid.replace("\"ACTIVE\"",
                "\"ACTIVE\", \"startDate\": \"2024-01-01\", \"endDate\": \"2023-12-31\""))
                .statusCode(400).body("errors.field", equalTo(List.of("endDate")));
        Initiatives.put(Tokens.admin(), "1.E", valid.replace(Initiatives.NHN, Initiatives.NHN + ", " + Initiatives.NHN))
                .statusCode(400).body("errors.field", equalTo(List.of("owners[1].organisationNumber")));
        Initiatives.put(Tokens.admin(), "1.E", valid.replace("\"goalId\": \"1\"", "\"goalId\": \"2\"")
                .replace("\"ACTIVE\"", "\"ACTIVE\", \"reportsPerYear\": 6"))
                .statusCode(400).body("errors.field", equalTo(List.of("goalId", "reportsPerYear")));
        Initiatives.put(Tokens.admin(), "1E", valid).statusCode(400).body("errors[0].field", equalTo("id"));
        Initiatives.get("/api/v1/initiatives/1.E").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anInitiativeWhoseOwnershipIsNotSettledOrWhoseOwnerHasNoOrganisationNumberIsSupported() {
        Initiatives.put(Tokens.admin(), "5.E", BEREDSKAP)
                .statusCode(201)
                .body("ownership", equalTo("UNDER_CLARIFICATION"))
                .body("owners", empty())
                .body("ownerText", equalTo("Under avklaring"))
                .body("lifecycle", equalTo("PROPOSED"))
                .body("reporting.expectsReports", equalTo(false))
                .body("reporting.overdue", equalTo(false));
        Initiatives.put(Tokens.admin(), "4.C", INFORMASJONSFORVALTNING)
                .statusCode(201)
                .body("owners.name", hasItems("Helsedirektoratet", "Helseregistre"))
                .body("owners.find { it.name == 'Helseregistre' }.organisationNumber", nullValue())
                .body("ownerText", equalTo("Direktoratet for e-helse\nRegionale helseforetak\nKS\nHelseregistre"));
    }

    @Test
    void ownershipOverTimeKeepsTheFormerOwnerAndOnlyTheCurrentOwnerReports() {
        String fhiLead = "{\"organisationNumber\": \"" + Organisations.FHI + "\", \"name\": \"Folkehelseinstituttet\", "
                + "\"role\": \"LEAD\", \"since\": \"2024-01-01\"}";
        String former = "\"formerOwners\": [{\"organisationNumber\": \"" + Organisations.HELSEDIREKTORATET + "\", "
                + "\"name\": \"Direktoratet for e-helse\", \"role\": \"LEAD\", \"until\": \"2023-12-31\", "
                + "\"successor\": \"Folkehelseinstituttet\"}], \"relatedIndicatorIds\": [\"3.1\"], "
                + "\"relatedIndicatorsInferred\": true";
        String body = Initiatives.initiative("3.H", "SETTLED", fhiLead, "ACTIVE", former);
        Initiatives.put(Tokens.admin(), "3.H", body).statusCode(201)
                .body("owners[0].role", equalTo("LEAD"))
                .body("owners[0].since", equalTo("2024-01-01"))
                .body("formerOwners[0].name", equalTo("Direktoratet for e-helse"))
                .body("formerOwners[0].until", equalTo("2023-12-31"))
                .body("formerOwners[0].successor", equalTo("Folkehelseinstituttet"))
                .body("relatedIndicatorsInferred", equalTo(true));
        Initiatives.put(Tokens.admin(), "3.H", body).statusCode(200);
        // The former owner is on record, not asked: only the current owner reports.
        Initiatives.report(Tokens.reporter(Organisations.HELSEDIREKTORATET), "3.H",
                Initiatives.statusReport("2025T1", "GREEN", "")).statusCode(403);
        Initiatives.report(Tokens.reporter(Organisations.FHI), "3.H", Initiatives.statusReport("2025T1", "GREEN", ""))
                .statusCode(201);

        String later = LocalDate.now().plusYears(1).toString();
        Initiatives.put(Tokens.admin(), "3.H", body.replace("2023-12-31", later)).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("formerOwners[0].until"));
        Initiatives.put(Tokens.admin(), "3.H", body.replace("2024-01-01", later)).statusCode(400)
                .body("errors[0].field", equalTo("owners[0].since"));
        Initiatives.put(Tokens.admin(), "3.H", body.replace("\"role\": \"LEAD\", \"since\"", "\"role\": \"EIER\", \"since\""))
                .statusCode(400);
        Initiatives.get("/api/v1/initiatives/3.H").statusCode(200).body("formerOwners[0].until", equalTo("2023-12-31"));
    }

    @Test
    void theListFiltersByGoalOwnerAndLifecycle() {
        Initiatives.define("3.A", Initiatives.active("3.A", Initiatives.HELSE_SOR_OST, Initiatives.HELSE_VEST));
        Initiatives.define("3.B", Initiatives.active("3.B", Initiatives.FHI, Initiatives.HELSEDIREKTORATET));
        Initiatives.define("3.D", Initiatives.initiative("3.D", "SEVERAL", "", "PROPOSED", ""));

        Initiatives.get("/api/v1/initiatives?goal=3").statusCode(200)
                .body("id", hasItems("3.A", "3.B", "3.D"))
                .body("goalId", everyItem(equalTo("3")));
        Initiatives.get("/api/v1/initiatives?goal=3&owner=" + Organisations.FHI).statusCode(200)
                .body("id", hasItem("3.B"))
                .body("id", not(hasItem("3.A")));
        Initiatives.get("/api/v1/initiatives?owner=helse vest rhf").statusCode(200)
                .body("id", hasItem("3.A"))
                .body("id", not(hasItem("3.B")));
        Initiatives.get("/api/v1/initiatives?goal=3&lifecycle=PROPOSED").statusCode(200)
                .body("id", hasItem("3.D"))
                .body("id", not(hasItems("3.A")))
                .body("lifecycle", everyItem(equalTo("PROPOSED")));
        Initiatives.get("/api/v1/initiatives/3.A").statusCode(200)
                .body("currentStatus", notNullValue())
                .body("reporting.nextPeriod", notNullValue());

        Initiatives.get("/api/v1/initiatives?goal=6").statusCode(400).body("errors[0].field", equalTo("goal"));
        Initiatives.get("/api/v1/initiatives?status=BLUE").statusCode(400).body("errors[0].field", equalTo("status"));
        Initiatives.get("/api/v1/initiatives?overdue=yes").statusCode(400).body("errors[0].field", equalTo("overdue"));
        Initiatives.get("/api/v1/initiatives?lifecycle=DONE").statusCode(400).body("errors[0].field", equalTo("lifecycle"));
        Initiatives.get("/api/v1/initiatives/3.Z").statusCode(404).contentType("application/problem+json");
    }
}
