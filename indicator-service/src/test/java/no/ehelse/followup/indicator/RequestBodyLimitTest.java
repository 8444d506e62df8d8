package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/**
 * Ordinary resources take small bodies (followup.http.max-body-size, 1M); only imports and FHIR take
 * large ones. A body over its route's limit is a 413 problem and writes nothing, declared or chunked.
 */
@QuarkusTest
class RequestBodyLimitTest {

    private static final String PATH = "/api/v1/indicators/4.2.1/measurements";

    private String period;

    @BeforeEach
    void defineIndicator() {
        IndicatorApiTest.defineKjernejournal();
        period = "19" + ThreadLocalRandom.current().nextInt(10, 100) + "-07";
    }

    /** A valid measurement, padded with whitespace to {@code size} bytes. */
    private String measurement(int size) {
        String head = "{\"period\": \"" + period + "\", \"value\": 240";
        return head + " ".repeat(size - head.length() - 1) + "}";
    }

    private void nothingWritten() {
        given().auth().oauth2(Tokens.reader()).queryParam("history", true).when().get(PATH)
                .then().statusCode(200).body("findAll { it.period == '" + period + "' }", hasSize(0));
    }

    @Test
    void aDeclaredBodyOverTheOrdinaryLimitIs413NamingTheLimit() {
        given().auth().oauth2(Tokens.reporter(Organisations.NHN)).contentType(ContentType.JSON)
                .body(measurement(1_048_577)).when().post(PATH)
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("followup.http.max-body-size=1048576"));
        nothingWritten();
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffAndWritesNothing() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + PATH))
                .header("Authorization", "Bearer " + Tokens.reporter(Organisations.NHN))
                .header("Content-Type", "application/json")
                // No length known in advance: the body goes chunked, as a streaming client sends it.
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(measurement(2_000_000).getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // The server answers 413 and closes the connection while the client may still be sending; now and then the
        // JDK client then loses the answer ("header parser received no bytes"). That race is the client's, so the
        // request is sent again (the body is cut off each time and nothing is written either way).
        HttpResponse<String> response = null;
        for (int attempt = 1; response == null; attempt++) {
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                if (attempt == 5) {
                    throw e;
                }
                nothingWritten();
            }
        }
        assertEquals(413, response.statusCode(), response.body());
        nothingWritten();
    }

    @Test
    void aBodyUnderTheLimitIsAcceptedAndFhirTakesLargerOnes() {
        given().auth().oauth2(Tokens.reporter(Organisations.NHN)).contentType(ContentType.JSON)
                .body(measurement(1_000_000)).when().post(PATH)
                .then().statusCode(201);
        // Two megabytes of FHIR are read (and found not to be a MeasureReport), not refused for their size.
        given().auth().oauth2(Tokens.reporter(Organisations.NHN)).contentType("application/fhir+json")
                .body("{\"resourceType\": \"Patient\"" + " ".repeat(2_000_000) + "}").when().post("/fhir/MeasureReport")
                .then().statusCode(400).contentType(containsString("fhir+json"));
    }
}
