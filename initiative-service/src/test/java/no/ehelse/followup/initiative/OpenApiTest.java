package no.ehelse.followup.initiative;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTest {

    private static JsonNode document() throws Exception {
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        return new ObjectMapper().readTree(json);
    }

    @Test
    void everyOperationStatesTheRoleItRequires() throws Exception {
        List<String> without = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document().path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!path.getKey().startsWith("/api/v1/") || !method.getValue().has("responses")) {
                    continue;
                }
                operations++;
                if (!method.getValue().path("description").asText().startsWith("Requires ")) {
                    without.add(method.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertEquals(7, operations, "the API's operations");
        assertEquals(List.of(), without, "operations whose description does not state the required role");
    }

    @Test
    void theRulesAndTheRealPlanExamplesAreDocumented() throws Exception {
        JsonNode document = document();
        JsonNode paths = document.path("paths");
        String list = paths.path("/api/v1/initiatives").path("get").path("description").asText();
        assertTrue(list.contains("overallStatus is the worst of the counted reports' overall statuses"), list);
        assertTrue(list.contains("default 30 days") && list.contains("2025T2 is due by 30 September 2025"), list);
        String submit = paths.path("/api/v1/initiatives/{id}/status-reports").path("post").path("description").asText();
        assertTrue(submit.contains("The admin may report on behalf of any owner"), submit);
        assertTrue(submit.contains("X-Write-Outcome: UNCHANGED"), submit);
        String examples = paths.path("/api/v1/initiatives/{id}").path("put").path("requestBody").path("content")
                .path("application/json").path("examples").toString();
        assertTrue(examples.contains("pasientens legemiddelliste (PLL)") && examples.contains("Nasjonal portefølje")
                && examples.contains("\"ownerText\":\"Flere\""), examples);
        JsonNode schemas = document.path("components").path("schemas");
        assertEquals("2.B", schemas.path("Initiative").path("properties").path("id").path("examples").path(0).asText());
        assertTrue(schemas.path("InitiativeView").path("properties").has("goalId"),
                "the view shows the initiative's own fields: " + schemas.path("InitiativeView"));
        assertTrue(schemas.path("InitiativeView").path("properties").has("currentStatus"));
    }
}
