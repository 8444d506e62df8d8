package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.ehelse.followup.indicator.measurements.MeasurementEntity;
import no.ehelse.followup.indicator.measurements.MeasurementKey;
import no.ehelse.followup.platform.series.RevisionedSeries;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/** The batch side of the series API, as a set-based import would use it: many keys, one statement each. */
@QuarkusTest
class RevisionedSeriesTest {

    private static final String PATH = "/api/v1/indicators/4.2.1/measurements";

    @Inject
    RevisionedSeries series;

    private static void report(String period, int value, int status) {
        given().auth().oauth2(Tokens.reporter(Organisations.NHN)).contentType(ContentType.JSON)
                .body("{\"period\": \"" + period + "\", \"value\": " + value + "}")
                .when().post(PATH)
                .then().statusCode(status);
    }

    @Test
    void theCurrentRevisionsOfManySeriesAreFoundAndSupersededTogether() {
        IndicatorApiTest.defineKjernejournal();
        report("2021-03-11", 10, 201);
        report("2021-03-11", 11, 200);
        report("2021-03-12", 12, 201);
        MeasurementKey corrected = new MeasurementKey("4.2.1", "2021-03-11", Organisations.NHN);
        MeasurementKey first = new MeasurementKey("4.2.1", "2021-03-12", Organisations.NHN);
        MeasurementKey none = new MeasurementKey("4.2.1", "2021-03-13", Organisations.NHN);

        QuarkusTransaction.begin();
        try {
            Map<MeasurementKey, MeasurementEntity> current = series.current(MeasurementEntity.SERIES,
                    List.of(corrected, first, none, corrected));
            assertEquals(Set.of(corrected, first), current.keySet(), "a key without a revision is absent");
            assertEquals(2, current.get(corrected).revision);
            assertEquals(0, current.get(corrected).value.compareTo(java.math.BigDecimal.valueOf(11)));
            assertEquals(1, current.get(first).revision);

            assertEquals(2, series.supersede(MeasurementEntity.SERIES, List.of(corrected, first, none)));
            assertTrue(series.current(MeasurementEntity.SERIES, List.of(corrected, first)).isEmpty());
        } finally {
            QuarkusTransaction.rollback();
        }

        // Rolled back: both are still current, as the API lists them.
        given().auth().oauth2(Tokens.reader()).when().get(PATH)
                .then().statusCode(200)
                .body("find { it.period == '2021-03-11' }.revision", equalTo(2))
                .body("find { it.period == '2021-03-12' }.current", equalTo(true));
    }
}
