package no.ehelse.followup.roadmap;

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
        assertEquals(21, operations, "the API's operations");
        assertEquals(List.of(), without, "operations whose description does not state the required role");
    }

    @Test
    void theRulesAndTheRealRoadmapExamplesAreDocumented() throws Exception {
        JsonNode paths = document().path("paths");
        String progress = paths.path("/api/v1/deliveries/{id}/progress").path("post").path("description").asText();
        assertTrue(progress.contains("exactly half (a tie) is not a majority"), progress);
        assertTrue(progress.contains("an actor without a report has not reached"), progress);
        String delays = paths.path("/api/v1/delays").path("get").path("description").asText();
        assertTrue(delays.contains("default 90 days"), delays);
        assertTrue(delays.contains("5.2 (development)") && delays.contains("5.3 (introduction)"), delays);
        String comparison = paths.path("/api/v1/editions/{id}/comparison").path("get").path("description").asText();
        assertTrue(comparison.contains("SLIPPED") && comparison.contains("DROPPED"), comparison);
        JsonNode example = paths.path("/api/v1/deliveries/{id}").path("put").path("requestBody").path("content")
                .path("application/json").path("examples");
        assertTrue(example.toString().contains("subGoalId") && example.toString().contains("2.B")
                && example.toString().contains("Pasientens legemiddelliste"), example.toString());
    }
}
