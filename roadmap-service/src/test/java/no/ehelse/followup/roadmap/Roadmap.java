package no.ehelse.followup.roadmap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/** Requests and data the roadmap tests share; each test uses deliveries of its own. */
final class Roadmap {

    static final String TOPIC = "roadmap-events";

    static final String HSO = "{\"organisationNumber\": \"" + Organisations.HELSE_SOR_OST + "\", \"name\": \"Helse Sør-Øst RHF\"}";
    static final String HV = "{\"organisationNumber\": \"" + Organisations.HELSE_VEST + "\", \"name\": \"Helse Vest RHF\"}";
    static final String HMN = "{\"organisationNumber\": \"" + Organisations.HELSE_MIDT_NORGE + "\", \"name\": \"Helse Midt-Norge RHF\"}";
    static final String HN = "{\"organisationNumber\": \"" + Organisations.HELSE_NORD + "\", \"name\": \"Helse Nord RHF\"}";
    static final String KOMMUNER = "{\"organisationNumber\": null, \"name\": \"Kommuner\"}";
    static final String NHN_OWNER = "{\"organisationNumber\": \"" + Organisations.NHN + "\", \"name\": \"Norsk helsenett SF\"}";

    private Roadmap() {
    }

    static void subGoal(String id, String name) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"goalId\": \"" + id.charAt(0) + "\", \"name\": \"" + name + "\"}")
                .when().put("/api/v1/subgoals/" + id)
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    /** A delivery under 2.B owned by NHN with the given participants, no timeline, not prioritised. */
    static String delivery(String participants) {
        return delivery("2.B", participants, "[]");
    }

    static String delivery(String subGoal, String participants, String timeline) {
        return """
                {"subGoalId": "%s", "name": "Pasientens legemiddelliste", "nationalOwner": %s,
                 "participants": [%s], "timeline": %s, "nationalPhase": "DEVELOPMENT_LIMITED_TRIAL"}"""
                .formatted(subGoal, NHN_OWNER, participants, timeline);
    }

    static String participants(String... actors) {
        return String.join(", ", actors);
    }

    static ValidatableResponse put(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put(path).then();
    }

    static ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    static ValidatableResponse get(String path) {
        return given().auth().oauth2(Tokens.reader()).when().get(path).then();
    }

    /** Defines a delivery (2.B sub-goal included) and returns its path. */
    static String define(String id, String body) {
        subGoal("2.B", "Helsepersonell skal ha tilgang til en felles oppdatert legemiddelliste, Pasientens legemiddelliste (PLL)");
        put(Tokens.admin(), "/api/v1/deliveries/" + id, body).statusCode(anyOf(equalTo(200), equalTo(201)));
        return "/api/v1/deliveries/" + id;
    }

    static ValidatableResponse progress(String token, String deliveryId, String body) {
        return post(token, "/api/v1/deliveries/" + deliveryId + "/progress", body);
    }

    static EventProbe events() {
        return EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), TOPIC);
    }

    /** Waits for an event of this type on this aggregate. */
    static JsonNode await(EventProbe events, String aggregateId, String type) {
        return events.await(event -> aggregateId.equals(event.path("aggregateId").asText())
                && type.equals(event.path("type").asText()), Duration.ofSeconds(30));
    }

    /**
     * The types of the aggregate's events read so far. Await its latest expected event first: one
     * aggregate's events share a partition, so every earlier one has been read by then.
     */
    static List<String> types(EventProbe events, String aggregateId) {
        Predicate<JsonNode> ofIt = event -> aggregateId.equals(event.path("aggregateId").asText());
        return events.events().stream().filter(ofIt).map(event -> event.path("type").asText()).collect(Collectors.toList());
    }
}
