package no.ehelse.followup.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import no.ehelse.followup.testsupport.OpenApiDocument;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationStatesTheRoleItRequires() {
        OpenApiDocument document = OpenApiDocument.published();
        document.assertEveryOperationStatesItsRole(13);
        JsonNode helseId = document.json().path("components").path("securitySchemes").path("HelseID");
        assertEquals("http", helseId.path("type").asText(), "bearer tokens are the documented security scheme");
        assertEquals("bearer", helseId.path("scheme").asText());
    }

    @Test
    void theRulesAndTheRealPlanExamplesAreDocumented() {
        JsonNode paths = OpenApiDocument.published().paths();
        String examples = paths.path("/api/v1/indicators/{id}").path("put").path("requestBody").path("content")
                .path("application/json").path("examples").toString();
        assertTrue(examples.contains("Kjernejournal innføring") && examples.contains("147/356 kommuner (29.11.22)")
                && examples.contains("356/356"), examples);
        String record = paths.path("/api/v1/indicators/{id}/measurements").path("post").path("description").asText();
        assertTrue(record.contains("correction") && record.contains("X-Write-Outcome"), record);
        JsonNode importFlags = paths.path("/api/v1/measurements/import").path("post").path("parameters");
        assertTrue(importFlags.toString().contains("dryRun") && importFlags.toString().contains("atomic"),
                importFlags.toString());
        assertTrue(paths.has("/fhir/Measure/{id}") && paths.has("/fhir/MeasureReport"), "the FHIR endpoints are published");
    }

    @Test
    void theDocumentHoldsOnlyThisServicesOwnSchemas() {
        JsonNode schemas = OpenApiDocument.published().json().path("components").path("schemas");
        for (String foreign : List.of("Initiative", "InitiativeView", "StatusReport", "CurrentStatus", "SubGoal", "Delivery",
                "Edition", "Milestone")) {
            assertFalse(schemas.has(foreign), foreign + " is another service's");
        }
        // Measurements are answered as the REST record (under the same schema name), not as the event payload.
        assertTrue(schemas.path("Measurement").path("properties").path("revision").path("description").asText()
                .contains("counting up with each correction"), schemas.path("Measurement").toString());
    }
}
