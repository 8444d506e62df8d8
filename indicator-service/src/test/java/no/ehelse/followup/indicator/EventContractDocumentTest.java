package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The event contract is published next to the OpenAPI document, without a token, as partners read it. */
@QuarkusTest
class EventContractDocumentTest {

    @Test
    void theAsyncApiDocumentAndTheSchemasItRefersToAreServed() {
        given().redirects().follow(false)
                .when().get("/q/asyncapi")
                .then().statusCode(303).header("Location", endsWith("/q/asyncapi/indicator-events.asyncapi.yaml"));
        given().when().get("/q/asyncapi/indicator-events.asyncapi.yaml")
                .then().statusCode(200)
                .contentType(containsString("application/yaml"))
                .body(containsString("asyncapi: 3.1.0"))
                .body(containsString("address: indicator-events"))
                .body(containsString("$ref: '../schema/indicator-events.schema.json#/$defs/measurement'"));
        // The document's relative references, resolved against its own address.
        given().when().get("/q/schema/indicator-events.schema.json")
                .then().statusCode(200).body("$id", equalTo("urn:ehelse-oppfolging:schema:indicator-events:2"));
        given().when().get("/q/schema/event-envelope.schema.json")
                .then().statusCode(200).body("title", equalTo("Change event envelope"));
    }

    @Test
    void nothingElseOnTheClasspathIsServed() {
        given().when().get("/q/schema/application.properties").then().statusCode(404);
        given().when().get("/q/schema/..%2Fapplication.properties").then().statusCode(404);
        given().when().get("/q/asyncapi/nosuch-events.asyncapi.yaml").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
