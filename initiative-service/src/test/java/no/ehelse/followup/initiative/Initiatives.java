package no.ehelse.followup.initiative;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/** Requests and data the initiative tests share; each test uses initiatives of its own. */
final class Initiatives {

    static final String TOPIC = "initiative-events";

    static final String NHN = owner(Organisations.NHN, "Norsk helsenett SF");
    static final String HELSE_VEST = owner(Organisations.HELSE_VEST, "Helse Vest RHF");
    static final String HELSE_SOR_OST = owner(Organisations.HELSE_SOR_OST, "Helse Sør-Øst RHF");
    static final String FHI = owner(Organisations.FHI, "Folkehelseinstituttet");
    static final String HELSEDIREKTORATET = owner(Organisations.HELSEDIREKTORATET, "Helsedirektoratet");
    static final String HELSEREGISTRE = "{\"organisationNumber\": null, \"name\": \"Helseregistre\"}";

    private Initiatives() {
    }

    static String owner(String organisationNumber, String name) {
        return "{\"organisationNumber\": \"" + organisationNumber + "\", \"name\": \"" + name + "\"}";
    }

    /** An initiative of the id's goal with status from the national portfolio; {@code more} adds fields. */
    static String initiative(String id, String ownership, String owners, String lifecycle, String more) {
        return """
                {"goalId": "%s", "name": "Initiativ %s", "statusSource": {"kind": "NATIONAL_PORTFOLIO", "text": "Nasjonal portefølje"},
                 "ownership": "%s", "owners": [%s], "lifecycle": "%s"%s}"""
                .formatted(id.substring(0, 1), id, ownership, owners, lifecycle, more.isEmpty() ? "" : ", " + more);
    }

    /** An active initiative with settled owners. */
    static String active(String id, String... owners) {
        return initiative(id, "SETTLED", String.join(", ", owners), "ACTIVE", "");
    }

    /** Defines (or redefines) an initiative as the admin and returns its path. */
    static String define(String id, String body) {
        put(Tokens.admin(), id, body).statusCode(anyOf(equalTo(200), equalTo(201)));
        return "/api/v1/initiatives/" + id;
    }

    static ValidatableResponse put(String token, String id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/initiatives/" + id).then().log().ifValidationFails();
    }

    static String statusReport(String period, String overallStatus, String more) {
        return "{\"period\": \"" + period + "\", \"overallStatus\": \"" + overallStatus + "\""
                + (more.isEmpty() ? "" : ", " + more) + "}";
    }

    static ValidatableResponse report(String token, String id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/initiatives/" + id + "/status-reports").then().log().ifValidationFails();
    }

    static ValidatableResponse get(String path) {
        return given().auth().oauth2(Tokens.reader()).when().get(path).then().log().ifValidationFails();
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
        return events.events().stream()
                .filter(event -> aggregateId.equals(event.path("aggregateId").asText()))
                .map(event -> event.path("type").asText())
                .toList();
    }
}
