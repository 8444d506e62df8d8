package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

@QuarkusTest
class FhirApiTest {

    private static final String FHIR_JSON = "application/fhir+json";

    @BeforeEach
    void defineIndicator() {
        IndicatorApiTest.defineKjernejournal();
    }

    static String report(String status, String start, String end, String reporter, String extra) {
        return """
                {"resourceType": "MeasureReport", "status": "%s", "type": "summary",
                 "measure": "http://localhost/fhir/Measure/4.2.1",
                 "period": {"start": "%s", "end": "%s"},
                 "reporter": {"identifier": {"system": "urn:oid:2.16.578.1.12.4.1.4.101", "value": "%s"}},
                 "group": [{"population": [
                     {"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/measure-population", "code": "numerator"}]}, "count": 255},
                     {"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/measure-population", "code": "denominator"}]}, "count": 356}],
                  "measureScore": {"value": 255}}]%s}""".formatted(status, start, end, reporter, extra);
    }

    private static ValidatableResponse submit(String token, String body) {
        return given().auth().oauth2(token).contentType(FHIR_JSON).body(body)
                .when().post("/fhir/MeasureReport")
                .then();
    }

    @Test
    void anIndicatorIsAFhirMeasure() {
        given().auth().oauth2(Tokens.reader()).when().get("/fhir/Measure/4.2.1")
                .then().statusCode(200)
                .contentType(FHIR_JSON)
                .body("resourceType", equalTo("Measure"))
                .body("id", equalTo("4.2.1"))
                .body("title", equalTo("Kjernejournal innføring"))
                .body("status", equalTo("active"))
                .body("improvementNotation.coding[0].code", equalTo("increase"))
                .body("scoring.coding[0].code", equalTo("proportion"))
                .body("clinicalRecommendationStatement", equalTo("Utgangspunkt: 147/356 kommuner (29.11.22)\nMåltall 2025: 356/356"));
    }

    @Test
    void aMeasureReportIsRecordedAndReadBack() {
        String id = submit(Tokens.reporter(Organisations.NHN), report("complete", "2023-07-01", "2023-09-30", Organisations.NHN, ""))
                .statusCode(201)
                .contentType(FHIR_JSON)
                .body("resourceType", equalTo("MeasureReport"))
                .body("period.start", equalTo("2023-07-01"))
                .body("group[0].measureScore.value", equalTo(255))
                .extract().path("id");

        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/indicators/4.2.1/measurements")
                .then().statusCode(200)
                .body("find { it.period == '2023Q3' }.value", equalTo(255))
                .body("find { it.period == '2023Q3' }.denominator", equalTo(356));
        given().auth().oauth2(Tokens.reader()).when().get("/fhir/MeasureReport/" + id)
                .then().statusCode(200)
                .body("reporter.identifier.value", equalTo(Organisations.NHN));
        given().auth().oauth2(Tokens.reader()).queryParam("measure", "4.2.1").when().get("/fhir/MeasureReport")
                .then().statusCode(200)
                .body("resourceType", equalTo("Bundle"))
                .body("type", equalTo("searchset"))
                .body("entry.resource.id", hasItem(id));

        submit(Tokens.reporter(Organisations.NHN), report("complete", "2023-07-01", "2023-09-30", Organisations.NHN, ""))
                .statusCode(200)
                .header("X-Write-Outcome", "UNCHANGED");
    }

    @Test
    void anInvalidResourceGetsAnOperationOutcome() {
        String nhn = Tokens.reporter(Organisations.NHN);
        submit(nhn, report("complete", "2023-01-01", "2023-03-31", Organisations.NHN, ", \"colour\": \"red\""))
                .statusCode(400)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("structure"));
        submit(nhn, report("pending", "2023-01-01", "2023-03-31", Organisations.NHN, ""))
                .statusCode(400)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].expression[0]", equalTo("MeasureReport.status"));
        submit(nhn, report("complete", "2023-03-31", "2023-01-01", Organisations.NHN, ""))
                .statusCode(400)
                .body("issue[0].expression[0]", equalTo("MeasureReport.period"));
        submit(nhn, report("complete", "2023-01-01", "2023-03-31", Organisations.KS, ""))
                .statusCode(403)
                .body("issue[0].code", equalTo("forbidden"));
        submit(Tokens.reporter(Organisations.KS), report("complete", "2023-01-01", "2023-03-31", Organisations.KS, ""))
                .statusCode(403)
                .body("resourceType", equalTo("OperationOutcome"));
        submit(nhn, report("complete", "2023-01-01", "2023-03-31", Organisations.NHN, "").replace("Measure/4.2.1", "Measure/9.9"))
                .statusCode(404)
                .body("issue[0].code", equalTo("not-found"));
        given().auth().oauth2(Tokens.reader()).when().get("/fhir/MeasureReport/999999999")
                .then().statusCode(404).body("resourceType", equalTo("OperationOutcome"));
        given().auth().oauth2(Tokens.reader()).queryParam("history", true)
                .when().get("/api/v1/indicators/4.2.1/measurements")
                .then().statusCode(200)
                .body("findAll { it.period == '2023Q1' }.size()", equalTo(0));
    }
}
