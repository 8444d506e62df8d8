package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

@QuarkusTest
class ImportApiTest {

    private static final String IMPORT = "/api/v1/measurements/import";

    static final String GOAL_1 = """
            {"kind": "STRATEGIC", "name": "Aktiv medvirkning i egen og næres helse"}""";
    static final String INDICATOR_1_3 = """
            {"goalId": "1", "name": "Grad av enighet i opplevd tilgang på enkle digitale helsetjenester",
             "unit": {"kind": "PERCENT", "label": "%"}, "type": "PERCEIVED_RESULT", "direction": "HIGHER_IS_BETTER",
             "method": "Innbyggerundersøkelsen om e-helse", "reporters": ["983544622"], "status": "ACTIVE",
             "baseline": {"value": 74, "period": "2021", "text": "74 % er helt eller delvis enig (2021)"},
             "targets": [{"year": 2025, "kind": "ABSOLUTE", "value": 83, "text": "83 %"}]}""";

    @BeforeEach
    void defineIndicators() {
        IndicatorApiTest.defineKjernejournal();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(GOAL_1).put("/api/v1/goals/1");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(INDICATOR_1_3).put("/api/v1/indicators/1.3");
    }

    private static ValidatableResponse importCsv(String token, String csv, String query) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv)
                .when().post(IMPORT + query)
                .then();
    }

    /** The file as UTF-8 bytes, as a spreadsheet saves it (a String body would be sent as ISO-8859-1). */
    private static ValidatableResponse importUtf8Csv(String csv, String query) {
        return given().auth().oauth2(Tokens.admin()).contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post(IMPORT + query)
                .then();
    }

    private static ValidatableResponse measurements(String indicator) {
        return given().auth().oauth2(Tokens.reader()).queryParam("history", true)
                .when().get("/api/v1/indicators/" + indicator + "/measurements")
                .then().statusCode(200);
    }

    private static int count(String indicator, String period) {
        return given().auth().oauth2(Tokens.reader()).queryParam("history", true)
                .when().get("/api/v1/indicators/" + indicator + "/measurements")
                .then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.period == '" + period + "' }").size();
    }

    @Test
    void validRowsAreKeptAndEachConflictIsListed() {
        String csv = """
                indicatorId,period,value,numerator,denominator,source
                4.2.1,2021-03,120,120,356,NHN
                1.3,2021,140,,,Innbyggerundersøkelsen
                9.9,2021,1,,,
                4.2.1,2099,1,,,
                1.3,2022,76,,,Innbyggerundersøkelsen
                4.2.1,2021-04,abc,,,
                """;
        importCsv(Tokens.admin(), csv, "")
                .statusCode(200)
                .body("written", equalTo(true))
                .body("rows", equalTo(6))
                .body("imported", equalTo(2))
                .body("rejected", equalTo(4))
                .body("conflicts.row", equalTo(java.util.List.of(2, 3, 4, 6)))
                .body("conflicts.field", equalTo(java.util.List.of("value", "indicatorId", "period", "value")))
                .body("conflicts[0].message", equalTo("must be between 0 and 100 for a percent indicator"));
        measurements("4.2.1").body("findAll { it.period == '2021-03' }", hasSize(1));
        measurements("1.3").body("findAll { it.period == '2022' }.value", hasItem(76));
    }

    @Test
    void anImportedValueThatContradictsItsCountsIsAConflictOfItsRow() {
        String period = "19" + (10 + java.util.concurrent.ThreadLocalRandom.current().nextInt(90)) + "-09";
        String json = """
                [{"indicatorId": "4.2.1", "period": "%s", "value": 300, "numerator": 200, "denominator": 356}]"""
                .formatted(period);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(json).post(IMPORT)
                .then().statusCode(200)
                .body("imported", equalTo(0))
                .body("rejected", equalTo(1))
                .body("conflicts[0].field", equalTo("value"))
                .body("conflicts[0].message", equalTo("must equal the numerator (200): a share's value is its count"));
        measurements("4.2.1").body("findAll { it.period == '" + period + "' }", hasSize(0));
    }

    @Test
    void aControlCharacterInATextCellIsAConflictOfItsRowInCsvAndJson() {
        String period = "19" + (10 + java.util.concurrent.ThreadLocalRandom.current().nextInt(90)) + "-11";
        importCsv(Tokens.admin(), "indicatorId,period,value,source,methodNote\n"
                + "4.2.1," + period + ",120,NHN,\"med\u0001kontroll\"\n"
                + "4.2.1," + period + ",120,\u0000,\n", "")
                .statusCode(200)
                .body("imported", equalTo(0))
                .body("conflicts.row", equalTo(java.util.List.of(1, 2)))
                .body("conflicts.field", equalTo(java.util.List.of("methodNote", "source")))
                .body("conflicts[0].message", org.hamcrest.Matchers.containsString("U+0001"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("[{\"indicatorId\": \"4.2.1\", \"period\": \"" + period + "\", \"value\": 120, "
                        + "\"source\": \"a\\u0000b\"}]")
                .post(IMPORT)
                .then().statusCode(200)
                .body("imported", equalTo(0))
                .body("conflicts[0].field", equalTo("source"));
        measurements("4.2.1").body("findAll { it.period == '" + period + "' }", hasSize(0));
    }

    @Test
    void aJsonFileNestedBeyondTheParsersLimitIsARejectedRowNotAServerError() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("[".repeat(3000))
                .post(IMPORT)
                .then().statusCode(200)
                .body("imported", equalTo(0))
                .body("conflicts[0].field", equalTo("body"))
                .body("conflicts[0].message", org.hamcrest.Matchers.containsString("nesting depth"));
    }

    @Test
    void reImportingTheSameFileChangesNothingAndACorrectionIsCounted() {
        String json = """
                [{"indicatorId": "4.2.1", "period": "2021-05", "value": 130, "numerator": 130, "denominator": 356},
                 {"indicatorId": "1.3", "period": "2020", "value": 70.5}]""";
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(json).post(IMPORT)
                .then().statusCode(200).body("imported", equalTo(2));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(json).post(IMPORT)
                .then().statusCode(200).body("ignored", equalTo(2)).body("imported", equalTo(0));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(json.replace("70.5", "71"))
                .post(IMPORT)
                .then().statusCode(200).body("ignored", equalTo(1)).body("updated", equalTo(1));
        measurements("1.3").body("findAll { it.period == '2020' }.revision", equalTo(java.util.List.of(1, 2)));
    }

    @Test
    void aDryRunValidatesAndCountsButWritesNothing() {
        String csv = "indicatorId,period,value\n4.2.1,2021-06,140\n4.2.1,2021-07,141\n";
        importCsv(Tokens.admin(), csv, "?dryRun=true")
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("written", equalTo(false))
                .body("imported", equalTo(2));
        org.junit.jupiter.api.Assertions.assertEquals(0, count("4.2.1", "2021-06"));
    }

    @Test
    void anUnreadableFlagIs400AndWritesNothing() {
        String csv = "indicatorId,period,value\n4.2.1,2021-05,139\n";
        importCsv(Tokens.admin(), csv, "?dryRun=yes")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("dryRun"));
        importCsv(Tokens.admin(), csv, "?atomic=1")
                .statusCode(400)
                .body("errors[0].field", equalTo("atomic"));
        org.junit.jupiter.api.Assertions.assertEquals(0, count("4.2.1", "2021-05"));
    }

    @Test
    void anAtomicImportWithARejectedRowWritesNothing() {
        String csv = "indicatorId,period,value\n4.2.1,2021-08,150\n4.2.1,2021-09,-5\n";
        importCsv(Tokens.admin(), csv, "?atomic=true")
                .statusCode(200)
                .body("written", equalTo(false))
                .body("rejected", equalTo(1))
                .body("conflicts[0].row", equalTo(2))
                .body("conflicts[0].field", equalTo("value"));
        org.junit.jupiter.api.Assertions.assertEquals(0, count("4.2.1", "2021-08"));

        importCsv(Tokens.admin(), "indicatorId,period,value\n4.2.1,2021-08,150\n", "?atomic=true")
                .statusCode(200).body("written", equalTo(true)).body("imported", equalTo(1));
        org.junit.jupiter.api.Assertions.assertEquals(1, count("4.2.1", "2021-08"));
    }

    @Test
    void rowsOfIndicatorsTheOrganisationDoesNotReportAreRejected() {
        importCsv(Tokens.reporter(Organisations.NHN), "indicatorId,period,value\n1.3,2021,80\n4.2.1,2021-10,160\n", "")
                .statusCode(200)
                .body("imported", equalTo(1))
                .body("rejected", equalTo(1))
                .body("conflicts[0].row", equalTo(1))
                .body("conflicts[0].field", equalTo("indicatorId"));
    }

    @Test
    void norwegianSpreadsheetCsvWithSemicolonsAndDecimalCommasIsRead() {
        importCsv(Tokens.admin(), "indicatorId;period;value;source\n1.3;2019;72,5;\"Innbyggerundersøkelsen; 2019\"\n", "")
                .statusCode(200)
                .body("imported", equalTo(1));
        measurements("1.3").body("find { it.period == '2019' }.value", equalTo(72.5f))
                .body("find { it.period == '2019' }.source", equalTo("Innbyggerundersøkelsen; 2019"));
    }

    @Test
    void aFileThatCannotBeReadIs400() {
        importCsv(Tokens.admin(), "indicator,period,value\n4.2.1,2021,1\n", "")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("header.indicator"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"indicatorId\": \"4.2.1\"}")
                .post(IMPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("[{\"indicatorId\": \"4.2.1\", \"period\": \"2021-11\", \"value\": 1, \"colour\": \"red\"}]")
                .post(IMPORT)
                .then().statusCode(200).body("conflicts[0].field", equalTo("colour"));
        given().contentType(ContentType.JSON).body("[]").post(IMPORT).then().statusCode(401);
        given().auth().oauth2(Tokens.reader()).contentType(ContentType.JSON).body("[]").post(IMPORT).then().statusCode(403);
    }

    @Test
    void aQuotedNewlineIsPartOfTheFieldAndDoesNotShiftRowNumbers() {
        String period = "1901";
        String csv = "indicatorId,period,value,source,methodNote\n"
                + "1.3," + period + ",70,NHN,\"Første linje\nandre linje\"\n"
                + "1.3,1902,700,NHN,\n";
        importUtf8Csv(csv, "")
                .statusCode(200)
                .body("rows", equalTo(2))
                .body("imported", equalTo(1))
                .body("rejected", equalTo(1))
                .body("conflicts.row", equalTo(java.util.List.of(2)))
                .body("conflicts.field", equalTo(java.util.List.of("value")));
        measurements("1.3").body("find { it.period == '" + period + "' }.methodNote", equalTo("Første linje\nandre linje"));
    }

    @Test
    void quotesInsideFieldsAreKeptVerbatim() {
        String csv = "indicatorId,period,value,source,methodNote\n"
                + "1.3,1903,71,=HYPERLINK(\"x\"),\"Sa \"\"ja\"\", til slutt\"\n";
        importUtf8Csv(csv, "").statusCode(200).body("imported", equalTo(1));
        measurements("1.3").body("find { it.period == '1903' }.source", equalTo("=HYPERLINK(\"x\")"))
                .body("find { it.period == '1903' }.methodNote", equalTo("Sa \"ja\", til slutt"));
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        importUtf8Csv("\uFEFFindicatorId;period;value\n1.3;1904;72,25\n", "")
                .statusCode(200).body("imported", equalTo(1)).body("rejected", equalTo(0));
        measurements("1.3").body("find { it.period == '1904' }.value", equalTo(72.25f));
    }

    @Test
    void thousandsSeparatorsOfNorwegianSpreadsheetsAreRead() {
        importUtf8Csv("indicatorId;period;value;numerator;denominator\n"
                + "4.2;1905-01;41\u00A0000;41\u202F000;356 000\n"
                + "4.2;1905-02;1\u00A0234;;\n"
                + "1.3;1905-03;12,5;;\n", "")
                .statusCode(200).body("imported", equalTo(3)).body("rejected", equalTo(0));
        measurements("4.2").body("find { it.period == '1905-01' }.value", equalTo(41000))
                .body("find { it.period == '1905-01' }.numerator", equalTo(41000))
                .body("find { it.period == '1905-01' }.denominator", equalTo(356000))
                .body("find { it.period == '1905-02' }.value", equalTo(1234));
        // A decimal comma, in a percent: counts are whole.
        measurements("1.3").body("find { it.period == '1905-03' }.value", equalTo(12.5f));
    }
}
