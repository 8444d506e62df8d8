package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

@QuarkusTest
class FhirApiTest {

    private static final String FHIR_JSON = "application/fhir+json";

    /** An indicator of this test's own, so that no other test's reports can answer its searches. */
    private String indicator;

    @BeforeEach
    void defineIndicator() {
        IndicatorApiTest.defineKjernejournal();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        indicator = "4.2." + (10 + random.nextInt(90)) + "." + (1 + random.nextInt(99)) + "." + (1 + random.nextInt(99));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(IndicatorApiTest.INDICATOR_4_2_1)
                .when().put("/api/v1/indicators/" + indicator)
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    static String report(String indicator, String status, String start, String end, String reporter, int score,
            String extra) {
        return """
                {"resourceType": "MeasureReport", "status": "%s", "type": "summary",
                 "measure": "http://localhost/fhir/Measure/%s",
                 "period": {"start": "%s", "end": "%s"},
                 "reporter": {"identifier": {"system": "urn:oid:2.16.578.1.12.4.1.4.101", "value": "%s"}},
                 "group": [{"population": [
                     {"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/measure-population", "code": "numerator"}]}, "count": %6$d},
                     {"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/measure-population", "code": "denominator"}]}, "count": 356}],
                  "measureScore": {"value": %d}}]%s}""".formatted(status, indicator, start, end, reporter, score, extra);
    }

    private String report(String start, String end, int score) {
        return report(indicator, "complete", start, end, Organisations.NHN, score, "");
    }

    private String id(String period) {
        return indicator + "-" + period + "-" + Organisations.NHN;
    }

    private static ValidatableResponse submit(String token, String body) {
        return given().auth().oauth2(token).contentType(FHIR_JSON).body(body)
                .when().post("/fhir/MeasureReport")
                .then();
    }

    private static ValidatableResponse read(String path) {
        return given().auth().oauth2(Tokens.reader()).when().get(path).then();
    }

    @Test
    void anIndicatorIsAFhirMeasureWithItsTargets() {
        read("/fhir/Measure/" + indicator)
                .statusCode(200)
                .contentType(FHIR_JSON)
                .body("resourceType", equalTo("Measure"))
                .body("id", equalTo(indicator))
                .body("title", equalTo("Kjernejournal innføring"))
                .body("improvementNotation.coding[0].code", equalTo("increase"))
                .body("scoring.coding[0].code", equalTo("proportion"))
                .body("clinicalRecommendationStatement", equalTo("Utgangspunkt: 147/356 kommuner (29.11.22)\nMåltall 2025: 356/356"))
                .body("extension[0].url", equalTo("https://ehelse-oppfolging.no/fhir/StructureDefinition/indicator-target"))
                .body("extension[0].extension.find { it.url == 'year' }.valueInteger", equalTo(2025))
                .body("extension[0].extension.find { it.url == 'value' }.valueDecimal", equalTo(356))
                .body("extension[0].extension.find { it.url == 'kind' }.valueCode", equalTo("N_OF_TOTAL"));

        given().auth().oauth2(Tokens.reader()).queryParam("identifier", "urn:ehelse-oppfolging:indicator|" + indicator)
                .when().get("/fhir/Measure")
                .then().statusCode(200)
                .body("type", equalTo("searchset"))
                .body("total", equalTo(1))
                .body("entry[0].resource.id", equalTo(indicator));
        String url = read("/fhir/Measure/" + indicator).extract().path("url");
        given().auth().oauth2(Tokens.reader()).queryParam("url", url).when().get("/fhir/Measure")
                .then().statusCode(200).body("entry.resource.id", equalTo(List.of(indicator)));
        read("/fhir/Measure").statusCode(200).body("entry.resource.id", hasItems(indicator, "4.2.1"));

        read("/fhir/StructureDefinition/indicator-target")
                .statusCode(200)
                .body("resourceType", equalTo("StructureDefinition"))
                .body("url", equalTo("https://ehelse-oppfolging.no/fhir/StructureDefinition/indicator-target"))
                .body("context[0].expression", equalTo("Measure"))
                .body("differential.element.findAll { it.path == 'Extension.extension' && it.sliceName }.sliceName",
                        equalTo(List.of("year", "deadline", "kind", "value", "total", "text")))
                .body("differential.element.find { it.id == 'Extension.extension:year.value[x]' }.type[0].code",
                        equalTo("integer"));
        read("/fhir/StructureDefinition/other").statusCode(404).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void theJsonFormatsAreServedAndAnyOtherIs406() {
        for (String json : List.of("json", "application/json", "application/fhir+json")) {
            given().auth().oauth2(Tokens.reader()).queryParam("_format", json).when().get("/fhir/metadata")
                    .then().statusCode(200).body("resourceType", equalTo("CapabilityStatement"));
        }
        given().auth().oauth2(Tokens.reader()).queryParam("_format", "xml").when().get("/fhir/Measure/4.2.1")
                .then().statusCode(406).contentType(FHIR_JSON)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("not-supported"));
    }

    @Test
    void theCapabilityStatementListsWhatIsSupported() {
        read("/fhir/metadata")
                .statusCode(200)
                .body("resourceType", equalTo("CapabilityStatement"))
                .body("fhirVersion", equalTo("4.0.1"))
                .body("format", hasItem(FHIR_JSON))
                .body("rest[0].interaction.code", hasItems("batch", "transaction"))
                .body("rest[0].resource.find { it.type == 'MeasureReport' }.interaction.code",
                        equalTo(List.of("read", "vread", "update", "create", "history-instance", "search-type")))
                .body("rest[0].resource.find { it.type == 'MeasureReport' }.versioning", equalTo("versioned-update"))
                .body("rest[0].resource.find { it.type == 'MeasureReport' }.conditionalUpdate", equalTo(true))
                .body("rest[0].resource.find { it.type == 'MeasureReport' }.searchParam.name",
                        equalTo(List.of("measure", "period", "reporter", "_lastUpdated")))
                .body("rest[0].resource.find { it.type == 'Measure' }.interaction.code", equalTo(List.of("read", "search-type")))
                .body("rest[0].resource.find { it.type == 'Measure' }.searchParam.name", equalTo(List.of("url", "identifier")))
                .body("rest[0].resource.find { it.type == 'StructureDefinition' }.interaction.code", equalTo(List.of("read")))
                .body("rest[0].resource.type", equalTo(List.of("Measure", "StructureDefinition", "MeasureReport")));
    }

    @Test
    void aMeasureReportIsRecordedAndReadBack() {
        String id = submit(Tokens.reporter(Organisations.NHN), report("2023-07-01", "2023-09-30", 255))
                .statusCode(201)
                .contentType(FHIR_JSON)
                .header("ETag", "W/\"1\"")
                .header("Location", startsWith("http"))
                .body("resourceType", equalTo("MeasureReport"))
                .body("meta.versionId", equalTo("1"))
                .body("period.start", equalTo("2023-07-01"))
                .body("group[0].measureScore.value", equalTo(255))
                .extract().path("id");
        assertEquals(id("2023Q3"), id);

        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/indicators/" + indicator + "/measurements")
                .then().statusCode(200)
                .body("find { it.period == '2023Q3' }.value", equalTo(255))
                .body("find { it.period == '2023Q3' }.denominator", equalTo(356));
        read("/fhir/MeasureReport/" + id)
                .statusCode(200)
                .header("ETag", "W/\"1\"")
                .header("Last-Modified", notNullValue())
                .body("reporter.identifier.value", equalTo(Organisations.NHN));

        submit(Tokens.reporter(Organisations.NHN), report("2023-07-01", "2023-09-30", 255))
                .statusCode(200)
                .header("X-Write-Outcome", "UNCHANGED");
    }

    @Test
    void malformedIs400AndABrokenRuleIs422WithItsFhirPath() {
        String nhn = Tokens.reporter(Organisations.NHN);
        submit(nhn, report(indicator, "complete", "2023-01-01", "2023-03-31", Organisations.NHN, 255, ", \"colour\": \"red\""))
                .statusCode(400)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("structure"));
        submit(nhn, report("2023-03-31", "2023-01-01", 255))
                .statusCode(400)
                .body("issue[0].expression[0]", equalTo("MeasureReport.period"));
        submit(nhn, report(indicator, "pending", "2023-01-01", "2023-03-31", Organisations.NHN, 255, ""))
                .statusCode(422)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].expression[0]", equalTo("MeasureReport.status"));
        submit(nhn, report("2023-01-01", "2023-03-31", -5))
                .statusCode(422)
                .body("issue[0].code", equalTo("business-rule"))
                .body("issue[0].expression[0]", equalTo("MeasureReport.group[0].measureScore.value"));
        // A share's score is its numerator's count: a score of 255 over a numerator of 200 contradicts itself.
        submit(nhn, report("2023-01-01", "2023-03-31", 255).replace("\"count\": 255", "\"count\": 200"))
                .statusCode(422)
                .body("issue[0].expression[0]", equalTo("MeasureReport.group[0].measureScore.value"));
        submit(nhn, report("2023-01-01", "2023-03-31", 255).replace("Measure/" + indicator, "Measure/5.99.99"))
                .statusCode(422)
                .body("issue[0].expression[0]", equalTo("MeasureReport.measure"));
        submit(Tokens.reporter(Organisations.KS), report(indicator, "complete", "2023-01-01", "2023-03-31", Organisations.KS, 255, ""))
                .statusCode(422)
                .body("issue[0].expression[0]", equalTo("MeasureReport.reporter"));
        submit(nhn, report(indicator, "complete", "2023-01-01", "2023-03-31", Organisations.KS, 255, ""))
                .statusCode(403)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("forbidden"));
        submit(Tokens.reader(), report("2023-01-01", "2023-03-31", 255))
                .statusCode(403)
                .body("resourceType", equalTo("OperationOutcome"));
        given().contentType(FHIR_JSON).body(report("2023-01-01", "2023-03-31", 255)).when().post("/fhir/MeasureReport")
                .then().statusCode(401)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("login"));
        read("/fhir/MeasureReport/" + id("2023Q1")).statusCode(404).body("resourceType", equalTo("OperationOutcome"));
        given().auth().oauth2(Tokens.reader()).queryParam("history", true)
                .when().get("/api/v1/indicators/" + indicator + "/measurements")
                .then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aConditionalUpdateTwiceGivesOneSeriesAndVersionsAreKept() {
        String nhn = Tokens.reporter(Organisations.NHN);
        String criteria = "/fhir/MeasureReport?measure=" + indicator + "&period=2023-07&reporter=" + Organisations.NHN;
        ValidatableResponse first = given().auth().oauth2(nhn).contentType(FHIR_JSON).body(report("2023-07-01", "2023-07-31", 250))
                .when().put(criteria).then();
        first.statusCode(201).header("ETag", "W/\"1\"").body("id", equalTo(id("2023-07")));
        given().auth().oauth2(nhn).contentType(FHIR_JSON).body(report("2023-07-01", "2023-07-31", 250))
                .when().put(criteria)
                .then().statusCode(200).header("X-Write-Outcome", "UNCHANGED").header("ETag", "W/\"1\"");
        given().auth().oauth2(nhn).contentType(FHIR_JSON).body(report("2023-07-01", "2023-07-31", 251))
                .when().put(criteria)
                .then().statusCode(200).header("X-Write-Outcome", "UPDATED").header("ETag", "W/\"2\"")
                .body("meta.versionId", equalTo("2"));

        given().auth().oauth2(Tokens.reader()).queryParam("measure", indicator).when().get("/fhir/MeasureReport")
                .then().statusCode(200).body("total", equalTo(1)).body("entry[0].resource.meta.versionId", equalTo("2"));
        read("/fhir/MeasureReport/" + id("2023-07") + "/_history")
                .statusCode(200)
                .body("type", equalTo("history"))
                .body("entry.resource.meta.versionId", equalTo(List.of("2", "1")));
        read("/fhir/MeasureReport/" + id("2023-07") + "/_history/1")
                .statusCode(200)
                .header("ETag", "W/\"1\"")
                .body("group[0].measureScore.value", equalTo(250));
        read("/fhir/MeasureReport/" + id("2023-07")).statusCode(200).body("group[0].measureScore.value", equalTo(251));
        read("/fhir/MeasureReport/" + id("2023-07") + "/_history/3").statusCode(404);
    }

    @Test
    void conditionalUpdatesAtOnceStillGiveOneSeries() throws Exception {
        String criteria = "/fhir/MeasureReport?measure=" + indicator + "&period=2023-10&reporter=" + Organisations.NHN;
        String body = report("2023-10-01", "2023-10-31", 260);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(Tokens.reporter(Organisations.NHN)).contentType(FHIR_JSON).body(body)
                            .when().put(criteria).then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(60, TimeUnit.SECONDS));
            }
            answered.sort(null);
            assertEquals(List.of(200, 200, 200, 201), answered, "one created it, the others found it unchanged");
        } finally {
            pool.shutdownNow();
        }
        read("/fhir/MeasureReport/" + id("2023-10") + "/_history").statusCode(200).body("total", equalTo(1));
    }

    @Test
    void anUpdateWithAStaleVersionIsRefused() {
        String nhn = Tokens.reporter(Organisations.NHN);
        String id = id("2023-08");
        String path = "/fhir/MeasureReport/" + id;
        java.util.function.IntFunction<String> scoring = score -> "{\"id\": \"" + id + "\", "
                + report("2023-08-01", "2023-08-31", score).substring(1);
        String withId = scoring.apply(240);
        given().auth().oauth2(nhn).contentType(FHIR_JSON).body(withId).when().put(path)
                .then().statusCode(201).header("ETag", "W/\"1\"");
        given().auth().oauth2(nhn).contentType(FHIR_JSON).header("If-Match", "W/\"1\"")
                .body(scoring.apply(241)).when().put(path)
                .then().statusCode(200).header("ETag", "W/\"2\"");
        given().auth().oauth2(nhn).contentType(FHIR_JSON).header("If-Match", "W/\"1\"")
                .body(scoring.apply(242)).when().put(path)
                .then().statusCode(412)
                .body("resourceType", equalTo("OperationOutcome"));
        read(path).statusCode(200).header("ETag", "W/\"2\"").body("group[0].measureScore.value", equalTo(241));
        given().auth().oauth2(nhn).contentType(FHIR_JSON).body(withId.replace(id, id("2023-09"))).when().put(path)
                .then().statusCode(400).body("issue[0].expression[0]", equalTo("MeasureReport.id"));
    }

    private String entry(String method, String url, String resource) {
        return """
                {"request": {"method": "%s", "url": "%s"}, "resource": %s}""".formatted(method, url, resource);
    }

    private static ValidatableResponse bundle(String type, String... entries) {
        return given().auth().oauth2(Tokens.reporter(Organisations.NHN)).contentType(FHIR_JSON)
                .body("{\"resourceType\": \"Bundle\", \"type\": \"" + type + "\", \"entry\": [" + String.join(", ", entries) + "]}")
                .when().post("/fhir")
                .then();
    }

    @Test
    void aBatchWritesTheGoodEntriesAndAnswersEachAndATransactionAllOrNothing() {
        String good = entry("PUT", "MeasureReport?measure=" + indicator + "&period=2023-04&reporter=" + Organisations.NHN,
                report("2023-04-01", "2023-04-30", 230));
        String bad = entry("POST", "MeasureReport", report("2023-05-01", "2023-05-31", -1));
        bundle("batch", good, bad)
                .statusCode(200)
                .body("type", equalTo("batch-response"))
                .body("entry[0].response.status", equalTo("201 Created"))
                .body("entry[0].response.location", equalTo("MeasureReport/" + id("2023-04") + "/_history/1"))
                .body("entry[0].response.etag", equalTo("W/\"1\""))
                .body("entry[0].response.outcome.resourceType", equalTo("OperationOutcome"))
                .body("entry[1].response.status", startsWith("422"))
                .body("entry[1].response.outcome.issue[0].expression[0]", equalTo("MeasureReport.group[0].measureScore.value"));
        read("/fhir/MeasureReport/" + id("2023-04")).statusCode(200);
        read("/fhir/MeasureReport/" + id("2023-05")).statusCode(404);

        String another = entry("PUT", "MeasureReport/" + id("2023-06"),
                "{\"id\": \"" + id("2023-06") + "\", " + report("2023-06-01", "2023-06-30", 235).substring(1));
        bundle("transaction", another, bad)
                .statusCode(422)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].expression[0]", equalTo("Bundle.entry[1].resource.group[0].measureScore.value"));
        read("/fhir/MeasureReport/" + id("2023-06")).statusCode(404);

        bundle("transaction", another, entry("PUT", "MeasureReport?measure=" + indicator + "&period=2023-04&reporter="
                + Organisations.NHN, report("2023-04-01", "2023-04-30", 231)))
                .statusCode(200)
                .body("type", equalTo("transaction-response"))
                .body("entry.response.status", equalTo(List.of("201 Created", "200 OK")))
                .body("entry[1].response.etag", equalTo("W/\"2\""));
        read("/fhir/MeasureReport/" + id("2023-06")).statusCode(200);
        bundle("collection", another).statusCode(400).body("issue[0].expression[0]", equalTo("Bundle.type"));
    }

    @Test
    void reportsAreSearchedByPeriodReporterAndLastUpdatedAPageAtATime() {
        submit(Tokens.reporter(Organisations.NHN), report("2023-01-01", "2023-03-31", 200)).statusCode(201);
        submit(Tokens.reporter(Organisations.NHN), report("2023-07-01", "2023-09-30", 220)).statusCode(201);
        submit(Tokens.reporter(Organisations.HELSEDIREKTORATET),
                report(indicator, "complete", "2023-07-01", "2023-09-30", Organisations.HELSEDIREKTORATET, 221, ""))
                .statusCode(201);

        search("measure", indicator, "period", "ge2023-07-01").body("total", equalTo(2))
                .body("entry.resource.period.start", equalTo(List.of("2023-07-01", "2023-07-01")));
        search("measure", indicator, "period", "le2023-03-31").body("total", equalTo(1))
                .body("entry[0].resource.group[0].measureScore.value", equalTo(200));
        search("measure", indicator, "period", "2023").body("total", equalTo(3));
        search("measure", indicator, "period", "2023-08").body("total", equalTo(0));
        search("measure", indicator, "period", "ge2023-07-01", "reporter", Organisations.HELSEDIREKTORATET)
                .body("total", equalTo(1))
                .body("entry[0].resource.reporter.identifier.value", equalTo(Organisations.HELSEDIREKTORATET));
        search("measure", indicator, "reporter:identifier", "urn:oid:2.16.578.1.12.4.1.4.101|" + Organisations.NHN)
                .body("total", equalTo(2));
        search("measure", indicator, "_lastUpdated", "ge2000-01-01").body("total", equalTo(3));
        search("measure", indicator, "_lastUpdated", "lt2000-01-01").body("total", equalTo(0));

        ValidatableResponse first = search("measure", indicator, "_count", "2");
        first.body("total", equalTo(3))
                .body("entry.size()", equalTo(2))
                .body("link.find { it.relation == 'previous' }", nullValue());
        String next = first.extract().path("link.find { it.relation == 'next' }.url");
        given().auth().oauth2(Tokens.reader()).when().get(next.substring(next.indexOf("/fhir/")))
                .then().statusCode(200)
                .body("entry.size()", equalTo(1))
                .body("link.find { it.relation == 'next' }", nullValue())
                .body("link.find { it.relation == 'previous' }.url", notNullValue());
        search("measure", indicator, "period", "sa2023").statusCode(400).body("issue[0].expression[0]", equalTo("period"));
    }

    private static ValidatableResponse search(String... parameters) {
        var request = given().auth().oauth2(Tokens.reader());
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.when().get("/fhir/MeasureReport").then().statusCode(anyOf(equalTo(200), equalTo(400)));
    }
}
