package no.ehelse.followup.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        OpenApiDocument.published().assertEveryOperationStatesItsRole(8);
    }

    @Test
    void theRulesAndTheRealPlanExamplesAreDocumented() {
        JsonNode document = OpenApiDocument.published().json();
        JsonNode paths = document.path("paths");
        String list = paths.path("/api/v1/initiatives").path("get").path("description").asText();
        assertTrue(list.contains("overallStatus is the worst of the counted reports' overall statuses"), list);
        // The rule texts carry the settings in force, not defaults written into the code.
        int graceDays = ConfigProvider.getConfig().getValue("followup.initiatives.report-grace-days", Integer.class);
        assertTrue(list.contains("here " + graceDays + " days") && list.contains("2025T2 is due by 30 September 2025"), list);
        assertFalse(document.toString().contains("{followup."), "every setting placeholder is rendered");
        String submit = paths.path("/api/v1/initiatives/{id}/status-reports").path("post").path("description").asText();
        assertTrue(submit.contains("The admin may report on behalf of any owner"), submit);
        assertTrue(submit.contains("X-Write-Outcome: UNCHANGED"), submit);
        String examples = paths.path("/api/v1/initiatives/{id}").path("put").path("requestBody").path("content")
                .path("application/json").path("examples").toString();
        assertTrue(examples.contains("pasientens legemiddelliste (PLL)") && examples.contains("Nasjonal portefølje")
                && examples.contains("\"ownerText\":\"Flere\""), examples);
        JsonNode schemas = document.path("components").path("schemas");
        // The event payload is unwrapped into the view, so the document carries the view alone.
        assertFalse(schemas.has("Initiative"), "only this API's own schemas: " + schemas.path("Initiative"));
        assertEquals("2.B", schemas.path("InitiativeView").path("properties").path("id").path("examples").path(0).asText());
        assertTrue(schemas.path("InitiativeView").path("properties").has("goalId"),
                "the view shows the initiative's own fields: " + schemas.path("InitiativeView"));
        assertTrue(schemas.path("InitiativeView").path("properties").has("currentStatus"));
    }

    @Test
    void theDocumentHoldsOnlyThisServicesOwnSchemas() {
        JsonNode schemas = OpenApiDocument.published().json().path("components").path("schemas");
        for (String foreign : List.of("Goal", "Indicator", "Measurement", "SubGoal", "Delivery", "Edition", "Milestone")) {
            assertFalse(schemas.has(foreign), foreign + " is another service's");
        }
        // Status reports are answered as the REST record (under the same schema name), not as the event payload.
        assertTrue(schemas.path("StatusReport").path("properties").path("revision").path("description").asText()
                .contains("counting up with each correction"), schemas.path("StatusReport").toString());
    }
}
