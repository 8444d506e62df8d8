package no.ehelse.followup.roadmap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

@QuarkusTest
class SubGoalApiTest {

    private static final String PLL = """
            {"goalId": "2", "name": "Pasientens legemiddelliste",
             "description": "Helsepersonell og innbyggere skal ha tilgang til en oppdatert legemiddelliste."}""";

    @Test
    void adminDefinesASubGoalAndItIsPublished() {
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), "roadmap-events")) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(PLL)
                    .when().put("/api/v1/subgoals/2.B")
                    .then().statusCode(201);
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(PLL)
                    .when().put("/api/v1/subgoals/2.B")
                    .then().statusCode(200).header("X-Write-Outcome", "UNCHANGED");
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/subgoals/2.B")
                    .then().statusCode(200).body("goalId", equalTo("2"));
            JsonNode event = events.await(e -> "2.B".equals(e.path("aggregateId").asText()), Duration.ofSeconds(30));
            assertEquals("SubGoalDefined", event.path("type").asText());
        }
    }

    @Test
    void onlyAdminsDefineSubGoals() {
        given().contentType(ContentType.JSON).body(PLL).when().put("/api/v1/subgoals/2.B").then().statusCode(401);
        given().auth().oauth2(Tokens.reporter(Organisations.HELSE_VEST)).contentType(ContentType.JSON).body(PLL)
                .when().put("/api/v1/subgoals/2.B").then().statusCode(403);
    }

    @Test
    void badInputNamesTheField() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(PLL.replace("\"2\"", "\"3\""))
                .when().put("/api/v1/subgoals/2.B")
                .then().statusCode(400).body("errors[0].field", equalTo("goalId"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(PLL)
                .when().put("/api/v1/subgoals/2B")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
    }
}
