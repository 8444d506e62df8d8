package no.ehelse.followup.roadmap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.EventSchemas;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

@QuarkusTest
class SubGoalApiTest {

    private static final String SUB_GOAL_1_B = """
            {"goalId": "1", "name": "Innbyggere skal ha tilgang på velferdsteknologi og digital hjemmeoppfølging",
             "initiativeId": "1.B"}""";

    @Test
    void adminDefinesASubGoalItIsPublishedAndTheSameDefinitionChangesNothing() {
        try (EventProbe events = Roadmap.events()) {
            Roadmap.put(Tokens.admin(), "/api/v1/subgoals/1.B", SUB_GOAL_1_B)
                    .statusCode(201)
                    .header("X-Write-Outcome", "CREATED")
                    .body("initiativeId", equalTo("1.B"));
            Roadmap.put(Tokens.admin(), "/api/v1/subgoals/1.B", SUB_GOAL_1_B)
                    .statusCode(200)
                    .header("X-Write-Outcome", "UNCHANGED")
                    .body("version", equalTo(1));
            Roadmap.put(Tokens.admin(), "/api/v1/subgoals/1.B", SUB_GOAL_1_B.replace("\"1.B\"}", "null}"))
                    .statusCode(200)
                    .header("X-Write-Outcome", "UPDATED")
                    .body("version", equalTo(2));
            Roadmap.get("/api/v1/subgoals/1.B").statusCode(200).body("goalId", equalTo("1"));
            Roadmap.get("/api/v1/subgoals?goal=1").statusCode(200).body("id", equalTo(List.of("1.B")));

            Roadmap.await(events, "1.B", "SubGoalChanged");
            assertEquals(List.of("SubGoalDefined", "SubGoalChanged"), Roadmap.types(events, "1.B"),
                    "the unchanged definition published nothing");
            JsonNode defined = Roadmap.await(events, "1.B", "SubGoalDefined");
            EventSchemas.assertValid(Roadmap.TOPIC, defined);
            assertEquals("sub-goal", defined.path("aggregateType").asText());
            assertEquals("1.B", defined.path("payload").path("initiativeId").asText());
        }
    }

    @Test
    void onlyAdminsDefineSubGoals() {
        given().contentType(ContentType.JSON).body(SUB_GOAL_1_B).when().put("/api/v1/subgoals/1.B")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/subgoals").then().statusCode(401);
        Roadmap.put(Tokens.reporter(Organisations.HELSE_VEST), "/api/v1/subgoals/1.B", SUB_GOAL_1_B).statusCode(403);
        Roadmap.put(Tokens.reader(), "/api/v1/subgoals/1.B", SUB_GOAL_1_B).statusCode(403);
    }

    @Test
    void badInputNamesTheField() {
        Roadmap.put(Tokens.admin(), "/api/v1/subgoals/2.A", SUB_GOAL_1_B)
                .statusCode(400).body("errors[0].field", equalTo("goalId"));
        Roadmap.put(Tokens.admin(), "/api/v1/subgoals/1B", SUB_GOAL_1_B)
                .statusCode(400).body("errors[0].field", equalTo("id"));
        Roadmap.put(Tokens.admin(), "/api/v1/subgoals/1.B", SUB_GOAL_1_B.replace("\"1.B\"}", "\"initiative B\"}"))
                .statusCode(400).body("errors[0].field", equalTo("initiativeId"));
        Roadmap.get("/api/v1/subgoals/9.Z").statusCode(404).contentType("application/problem+json");
    }
}
