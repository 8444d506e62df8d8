package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.anyOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import no.ehelse.followup.rules.time.NorwegianTime;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/** The audit log (GET /api/v1/audit): every change with who made it, when, and the state before and after. */
@QuarkusTest
class AuditApiTest {

    private static ValidatableResponse audit(String query) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/v1/audit?" + query).then();
    }

    private static void report(String organisation, String indicator, int value) {
        given().auth().oauth2(Tokens.reporter(organisation)).contentType(ContentType.JSON)
                .body("{\"period\": \"2024\", \"value\": " + value + "}")
                .when().post("/api/v1/indicators/" + indicator + "/measurements")
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    @Test
    void everyChangeIsListedWithWhoWhenAndTheStateBeforeAndAfter() {
        // An indicator of this test's own, so that no other test's changes are among its entries.
        String indicator = "4.8." + (10 + ThreadLocalRandom.current().nextInt(90));
        // Goal 4 as the other tests define it: a different definition would be a change other tests' events see.
        IndicatorApiTest.defineKjernejournal();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("""
                {"goalId": "4", "name": "Revisjonslogg", "unit": {"kind": "COUNT", "label": "Antall"},
                 "type": "ADOPTION", "direction": "HIGHER_IS_BETTER", "reporters": ["%s", "%s"], "status": "ACTIVE"}"""
                .formatted(Organisations.NHN, Organisations.HELSE_VEST))
                .when().put("/api/v1/indicators/" + indicator).then().statusCode(anyOf(equalTo(200), equalTo(201)));
        report(Organisations.NHN, indicator, 10);
        report(Organisations.NHN, indicator, 12);
        report(Organisations.HELSE_VEST, indicator, 20);
        String nhnSeries = indicator + ":2024:" + Organisations.NHN;

        // The series' two revisions, newest first: the correction shows the value before and after.
        String occurredAt = audit("aggregateType=measurement&aggregateId=" + nhnSeries).statusCode(200)
                .body("entries", hasSize(2)).body("more", equalTo(false))
                .body("entries[0].eventType", equalTo("MeasurementCorrected"))
                .body("entries[0].aggregateVersion", equalTo(2))
                .body("entries[0].actor.organisation", equalTo(Organisations.NHN))
                .body("entries[0].before.value", equalTo(10))
                .body("entries[0].after.value", equalTo(12))
                .body("entries[1].eventType", equalTo("MeasurementRecorded"))
                .body("entries[1].before", nullValue())
                .body("entries[1].after.value", equalTo(10))
                .extract().path("entries[0].occurredAt");
        audit("aggregateType=indicator&aggregateId=" + indicator).statusCode(200)
                .body("entries[0].eventType", equalTo("IndicatorDefined"))
                .body("entries[0].actor.client", equalTo("strategioppfolging-admin"))
                .body("entries[0].after.name", equalTo("Revisjonslogg"));

        // By organisation: Helse Vest's change, none of NHN's.
        audit("organisation=" + Organisations.HELSE_VEST + "&aggregateType=measurement&size=200").statusCode(200)
                .body("entries.aggregateId", hasItem(indicator + ":2024:" + Organisations.HELSE_VEST))
                .body("entries.aggregateId", not(hasItem(nhnSeries)))
                .body("entries.actor.organisation", everyItem(equalTo(Organisations.HELSE_VEST)));

        // Days in Europe/Oslo, both included; a page at a time.
        LocalDate day = NorwegianTime.dateOf(Instant.parse(occurredAt));
        audit("aggregateId=" + nhnSeries + "&from=" + day + "&to=" + day).statusCode(200).body("entries", hasSize(2));
        audit("aggregateId=" + nhnSeries + "&from=" + day.plusDays(1)).statusCode(200).body("entries", hasSize(0));
        audit("aggregateId=" + nhnSeries + "&to=" + day.minusDays(1)).statusCode(200).body("entries", hasSize(0));
        audit("aggregateId=" + nhnSeries + "&size=1").statusCode(200)
                .body("entries", hasSize(1)).body("more", equalTo(true)).body("entries[0].aggregateVersion", equalTo(2));
        audit("aggregateId=" + nhnSeries + "&size=1&page=1").statusCode(200)
                .body("entries", hasSize(1)).body("more", equalTo(false)).body("entries[0].aggregateVersion", equalTo(1));
    }

    @Test
    void onlyTheAdminReadsItAndBadFiltersAreRejectedNamingTheParameter() {
        given().auth().oauth2(Tokens.reporter(Organisations.NHN)).when().get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/audit").then().statusCode(403);
        given().when().get("/api/v1/audit").then().statusCode(401);
        for (String[] bad : new String[][] { { "from=2026-13-01", "from" }, { "from=2026-03-02&to=2026-03-01", "to" },
                { "size=0", "size" }, { "size=201", "size" }, { "page=-1", "page" } }) {
            audit(bad[0]).statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[1]));
        }
    }
}
