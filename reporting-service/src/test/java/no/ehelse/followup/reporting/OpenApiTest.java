package no.ehelse.followup.reporting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import no.ehelse.followup.testsupport.OpenApiDocument;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationStatesTheRoleItRequires() {
        OpenApiDocument.published().assertEveryOperationStatesItsRole(19);
    }

    @Test
    void everyStatusRuleIsDocumented() {
        JsonNode paths = OpenApiDocument.published().paths();
        String indicator = paths.path("/api/v1/status/indicators/{id}").path("get").path("description").asText();
        assertTrue(indicator.contains("progress = (latest − baseline) / (target − baseline)")
                && indicator.contains("expectedProgress") && indicator.contains("OFF_TRACK")
                && indicator.contains("Trend:"), indicator);
        String goal = paths.path("/api/v1/status/goals/{id}").path("get").path("description").asText();
        assertTrue(goal.contains("Overall rule") && goal.contains("at least a third of the signals are off track"), goal);
        String roadmap = paths.path("/api/v1/status/roadmap").path("get").path("description").asText();
        assertTrue(roadmap.contains("5.2") && roadmap.contains("5.3"), roadmap);
        String changes = paths.path("/api/v1/council/snapshots/{id}/changes").path("get").path("description").asText();
        assertTrue(changes.contains("newly significantly delayed milestones"), changes);
    }
}
