package no.ehelse.followup.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import no.ehelse.followup.testsupport.OpenApiDocument;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationStatesTheRoleItRequires() {
        OpenApiDocument document = OpenApiDocument.published();
        document.assertEveryOperationStatesItsRole(9);
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
}
