package no.ehelse.followup.roadmap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import no.ehelse.followup.testsupport.OpenApiDocument;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationStatesTheRoleItRequires() {
        OpenApiDocument.published().assertEveryOperationStatesItsRole(22);
    }

    @Test
    void theRulesAndTheRealRoadmapExamplesAreDocumented() {
        JsonNode paths = OpenApiDocument.published().paths();
        String progress = paths.path("/api/v1/deliveries/{id}/progress").path("post").path("description").asText();
        assertTrue(progress.contains("exactly half (a tie) is not a majority"), progress);
        assertTrue(progress.contains("an actor without a report has not reached"), progress);
        String delays = paths.path("/api/v1/delays").path("get").path("description").asText();
        int threshold = ConfigProvider.getConfig().getValue("followup.roadmap.significant-delay-days", Integer.class);
        assertTrue(delays.contains("here " + threshold + " days"), delays);
        assertFalse(OpenApiDocument.published().json().toString().contains("{followup."), "every setting placeholder is rendered");
        assertTrue(delays.contains("5.2 (development)") && delays.contains("5.3 (introduction)"), delays);
        String comparison = paths.path("/api/v1/editions/{id}/comparison").path("get").path("description").asText();
        assertTrue(comparison.contains("SLIPPED") && comparison.contains("DROPPED"), comparison);
        JsonNode example = paths.path("/api/v1/deliveries/{id}").path("put").path("requestBody").path("content")
                .path("application/json").path("examples");
        assertTrue(example.toString().contains("subGoalId") && example.toString().contains("2.B")
                && example.toString().contains("Pasientens legemiddelliste"), example.toString());
    }

    @Test
    void theDocumentHoldsOnlyThisServicesOwnSchemas() {
        JsonNode schemas = OpenApiDocument.published().json().path("components").path("schemas");
        for (String foreign : List.of("Goal", "Indicator", "Measurement", "Initiative", "InitiativeView", "StatusReport",
                "CurrentStatus")) {
            assertFalse(schemas.has(foreign), foreign + " is another service's");
        }
        assertTrue(schemas.has("Delivery") && schemas.has("EditionSummary"), schemas.toString());
    }
}
