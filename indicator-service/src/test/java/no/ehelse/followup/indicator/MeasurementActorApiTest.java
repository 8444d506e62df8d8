package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.EventSchemas;
import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/**
 * HelseID's sub-unit ({@code orgnr_child}) and supplier ({@code orgnr_supplier}) claims: recorded with
 * the measurement revision and in the event actor, while {@code orgnr_parent} alone decides who may
 * report.
 */
@QuarkusTest
class MeasurementActorApiTest {

    private static final String PATH = "/api/v1/indicators/4.2.1/measurements";
    /** Valid organisation numbers (check digit), invented for the sub-unit and the supplier. */
    private static final String CHILD = "994598767";
    private static final String SUPPLIER = "923456783";

    private String period;

    @BeforeEach
    void defineIndicator() {
        IndicatorApiTest.defineKjernejournal();
        period = LocalDate.of(2021, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365)).toString();
    }

    private static String token(String parent, String child, String supplier) {
        var claims = Tokens.claims("ehelse-leverandor", parent, Tokens.REPORT, Tokens.READ);
        if (child != null) {
            claims.claim(Tokens.CHILD_ORGANISATION_CLAIM, child);
        }
        if (supplier != null) {
            claims.claim(Tokens.SUPPLIER_CLAIM, supplier);
        }
        return Tokens.sign(claims);
    }

    private io.restassured.response.ValidatableResponse post(String token, int value) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"period\": \"" + period + "\", \"value\": " + value + "}")
                .when().post(PATH).then();
    }

    @Test
    void theSubUnitAndTheSupplierAreRecordedWithTheRevisionAndInTheEventActor() {
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), "indicator-events")) {
            post(token(Organisations.NHN, CHILD, SUPPLIER), 240).statusCode(201)
                    .body("reportedBy", equalTo(Organisations.NHN))
                    .body("reportedByChild", equalTo(CHILD))
                    .body("reportedBySupplier", equalTo(SUPPLIER));

            JsonNode event = events.await(e -> "MeasurementRecorded".equals(e.path("type").asText())
                    && e.path("aggregateId").asText().equals("4.2.1:" + period + ":" + Organisations.NHN), Duration.ofSeconds(30));
            EventSchemas.assertValid("indicator-events", event);
            assertEquals(Organisations.NHN, event.path("actor").path("organisation").asText());
            assertEquals(CHILD, event.path("actor").path("childOrganisation").asText());
            assertEquals(SUPPLIER, event.path("actor").path("supplierOrganisation").asText());
            assertEquals(CHILD, event.path("payload").path("reportedByChild").asText());
        }

        // A correction by the organisation's own client, without the claims: each revision keeps its own.
        post(Tokens.reporter(Organisations.NHN), 241).statusCode(200).body("reportedByChild", equalTo(null));
        given().auth().oauth2(Tokens.reader()).queryParam("history", true).when().get(PATH)
                .then().statusCode(200)
                .body("find { it.period == '" + period + "' && it.revision == 1 }.reportedByChild", equalTo(CHILD))
                .body("find { it.period == '" + period + "' && it.revision == 1 }.reportedBySupplier", equalTo(SUPPLIER))
                .body("find { it.period == '" + period + "' && it.revision == 2 }.reportedBySupplier", equalTo(null));
    }

    @Test
    void orgnrParentAloneDecidesWhoMayReport() {
        // Helse Vest does not report 4.2.1; naming NHN as its sub-unit or supplier changes nothing.
        post(token(Organisations.HELSE_VEST, Organisations.NHN, Organisations.NHN), 250)
                .statusCode(403).contentType("application/problem+json");
        String history = given().auth().oauth2(Tokens.reader()).queryParam("history", true).when().get(PATH)
                .then().statusCode(200).extract().asString();
        assertTrue(!history.contains("\"" + period + "\""), "nothing was written for " + period);
    }
}
