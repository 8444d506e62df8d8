package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/**
 * The import's guarantees under load and concurrency: limits, deadlock freedom, the same revisions and
 * events as single reports, one event per written row, and asynchronous jobs. Each test uses periods of
 * its own (years between 1910 and 1959, which no other test reports).
 */
@QuarkusTest
class ImportGuaranteesTest {

    private static final String IMPORT = "/api/v1/measurements/import";
    private static final String NHN = Tokens.reporter(Organisations.NHN);

    @BeforeEach
    void defineIndicators() {
        IndicatorApiTest.defineKjernejournal();
    }

    private static Response postCsv(String token, String csv, String query, String... prefer) {
        var request = given().auth().oauth2(token).contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8));
        if (prefer.length > 0) {
            request = request.header("Prefer", prefer[0]);
        }
        return request.when().post(IMPORT + query);
    }

    private static List<Map<String, Object>> history(String indicator, String periodPrefix) {
        return history(indicator, period -> period.startsWith(periodPrefix));
    }

    /** Every revision of the periods of these years (inclusive). */
    private static List<Map<String, Object>> history(String indicator, int fromYear, int toYear) {
        return history(indicator, period -> {
            int year = Integer.parseInt(period.substring(0, 4));
            return year >= fromYear && year <= toYear;
        });
    }

    private static List<Map<String, Object>> history(String indicator, java.util.function.Predicate<String> period) {
        List<Map<String, Object>> all = given().auth().oauth2(Tokens.reader()).queryParam("history", true)
                .when().get("/api/v1/indicators/" + indicator + "/measurements")
                .then().statusCode(200).extract().jsonPath().getList("");
        return all.stream().filter(m -> period.test((String) m.get("period"))).toList();
    }

    /** Daily periods: {@code rows} days from 1 January of {@code year} (1,500 days span five years). */
    private static String days(String indicator, int year, int rows, int valueOffset) {
        StringBuilder csv = new StringBuilder();
        java.time.LocalDate day = java.time.LocalDate.of(year, 1, 1);
        for (int i = 0; i < rows; i++) {
            csv.append(indicator).append(',').append(day.plusDays(i)).append(',').append((i + valueOffset) % 300)
                    .append('\n');
        }
        return csv.toString();
    }

    @Test
    void aFileBeyondTheRowOrSizeLimitIs413NamingTheLimitAndWritesNothing() {
        StringBuilder rows = new StringBuilder("indicatorId,period,value\n");
        for (int i = 0; i <= 150_000; i++) {
            rows.append("4.2,1910,").append(i % 10).append('\n');
        }
        postCsv(Tokens.admin(), rows.toString(), "").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("followup.import.max-rows=150000"));
        String padding = "x".repeat(1000);
        StringBuilder big = new StringBuilder("indicatorId,period,value,source\n");
        while (big.length() <= 8_388_608) {
            big.append("4.2,1911,1,").append(padding).append('\n');
        }
        postCsv(Tokens.admin(), big.toString(), "").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].message", containsString("followup.import.max-bytes=8388608"));
        assertEquals(List.of(), history("4.2", 1910, 1911));
    }

    @Test
    void twoImportsOverTheSameIndicatorsInOppositeOrdersBothFinish() throws Exception {
        // Each file lists its indicators in the other's order, as two organisations' files might.
        java.util.function.IntFunction<String> forwards = year -> "indicatorId,period,value\n"
                + days("4.2.1", year, 1500, 0) + days("4.2", year, 1500, 7);
        java.util.function.IntFunction<String> backwards = year -> "indicatorId,period,value\n"
                + days("4.2", year, 1500, 3) + days("4.2.1", year, 1500, 11);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Response>> imports = List.of(
                    () -> postCsv(NHN, forwards.apply(1915), "?atomic=true"),
                    () -> postCsv(NHN, backwards.apply(1920), "?atomic=true"),
                    () -> postCsv(NHN, forwards.apply(1925), ""),
                    () -> postCsv(NHN, backwards.apply(1930), ""));
            for (Future<Response> answer : clients.invokeAll(imports)) {
                answer.get().then().statusCode(200).body("written", equalTo(true)).body("imported", equalTo(3000))
                        .body("rejected", equalTo(0));
            }
        } finally {
            clients.shutdown();
        }
        for (int year : List.of(1915, 1920, 1925, 1930)) {
            assertEquals(1500, history("4.2", year, year + 4).size(), "from " + year);
            assertEquals(1500, history("4.2.1", year, year + 4).size(), "from " + year);
        }
    }

    @Test
    void aCorrectionHeavyImportGivesTheRevisionsAndEventsOfTheSameRowsPostedOneByOne() {
        // Per period: a first report, the same again, a correction, a correction back, the same again.
        int[][] values = { { 5, 5, 6, 5, 5 }, { 9, 8, 8, 7, 9 }, { 1, 2, 3, 4, 5 } };
        StringBuilder csv = new StringBuilder("indicatorId,period,value\n");
        for (int step = 0; step < 5; step++) {
            for (int p = 0; p < values.length; p++) {
                csv.append("4.2,1935-0").append(p + 1).append(',').append(values[p][step]).append('\n');
            }
        }
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), "indicator-events")) {
            postCsv(NHN, csv.toString(), "").then().statusCode(200)
                    .body("imported", equalTo(3)).body("updated", equalTo(9)).body("ignored", equalTo(3));
            for (int step = 0; step < 5; step++) {
                for (int p = 0; p < values.length; p++) {
                    given().auth().oauth2(NHN).contentType(ContentType.JSON)
                            .body("{\"period\": \"1936-0" + (p + 1) + "\", \"value\": " + values[p][step] + "}")
                            .post("/api/v1/indicators/4.2/measurements")
                            .then().statusCode(anyOf(equalTo(200), equalTo(201)));
                }
            }
            for (int p = 1; p <= values.length; p++) {
                assertEquals(revisions(history("4.2", "1936-0" + p)), revisions(history("4.2", "1935-0" + p)));
                String imported = "4.2:1935-0" + p + ":" + Organisations.NHN;
                String posted = "4.2:1936-0" + p + ":" + Organisations.NHN;
                int expected = history("4.2", "1936-0" + p).size();
                assertEquals(published(events, posted, expected), published(events, imported, expected));
            }
        }
    }

    private static List<String> revisions(List<Map<String, Object>> history) {
        return history.stream().map(m -> m.get("revision") + ":" + m.get("value") + ":" + m.get("current")).sorted().toList();
    }

    /** The events of one measurement series as (type, version, revision, value, current), once all have arrived. */
    private static List<String> published(EventProbe events, String aggregateId, int expected) {
        events.await(e -> e.path("aggregateId").asText().equals(aggregateId)
                && e.path("aggregateVersion").asInt() == expected, Duration.ofSeconds(60));
        return events.events().stream().filter(e -> e.path("aggregateId").asText().equals(aggregateId))
                .map(e -> e.path("type").asText() + ":" + e.path("aggregateVersion").asInt() + ":"
                        + e.path("payload").path("revision").asInt() + ":" + e.path("payload").path("value").asText() + ":"
                        + e.path("payload").path("current").asBoolean())
                .toList();
    }

    @Test
    void everyImportedRowProducesExactlyOneEvent() {
        String csv = "indicatorId,period,value\n" + days("4.2", 1940, 2500, 0) + days("4.2.1", 1940, 10, 1);
        try (EventProbe events = EventProbe.fromBeginning(KafkaTestResource.broker().bootstrapServers(), "indicator-events")) {
            postCsv(NHN, csv, "").then().statusCode(200).body("imported", equalTo(2510));
            postCsv(NHN, csv, "").then().statusCode(200).body("ignored", equalTo(2510));
            // The three partitions are read at their own pace: wait until every series has been seen, then a while
            // longer, so that a second event of any of them would be seen too.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Map<String, Long> perSeries = importedSeries(events);
            while (perSeries.size() < 2510 && System.nanoTime() < deadline) {
                events.drain(Duration.ofMillis(500));
                perSeries = importedSeries(events);
            }
            events.drain(Duration.ofSeconds(2));
            perSeries = importedSeries(events);
            assertEquals(2510, perSeries.size());
            assertTrue(perSeries.values().stream().allMatch(n -> n == 1), "one event per row: " + perSeries);
        }
    }

    /** Events per series of the import above, by aggregate id. */
    private static Map<String, Long> importedSeries(EventProbe events) {
        return events.events().stream()
                .filter(e -> e.path("aggregateId").asText().matches("4\\.2(\\.1)?:194[0-6]-.*"))
                .collect(Collectors.groupingBy(e -> e.path("aggregateId").asText(), Collectors.counting()));
    }

    @Test
    void anAsynchronousImportIsAJobVisibleUntilDone() {
        String csv = "indicatorId,period,value\n" + days("4.2", 1950, 3000, 0) + "4.2,1950-13,1\n";
        Response accepted = postCsv(NHN, csv, "", "respond-async");
        accepted.then().statusCode(202)
                .header("Location", containsString("/api/v1/measurements/imports/"))
                .header("Preference-Applied", "respond-async")
                .body("state", anyOf(equalTo("RUNNING"), equalTo("DONE")))
                .body("rows", equalTo(3001));
        String job = accepted.header("Location");
        given().auth().oauth2(Tokens.reporter(Organisations.KS)).when().get(job).then().statusCode(404);
        AtomicInteger polls = new AtomicInteger();
        List<String> states = new ArrayList<>();
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            polls.incrementAndGet();
            String state = given().auth().oauth2(NHN).when().get(job).then().statusCode(200).extract().path("state");
            states.add(state);
            return "DONE".equals(state);
        });
        assertTrue(states.stream().allMatch(s -> s.equals("RUNNING") || s.equals("DONE")), states.toString());
        given().auth().oauth2(NHN).when().get(job).then().statusCode(200)
                .body("rowsDone", equalTo(3001))
                .body("summary.imported", equalTo(3000))
                .body("summary.rejected", equalTo(1))
                .body("summary.conflicts[0].row", equalTo(3001))
                .body("summary.conflicts[0].field", equalTo("period"));
        given().auth().oauth2(Tokens.admin()).when().get(job).then().statusCode(200).body("state", equalTo("DONE"));
        assertEquals(3000, history("4.2", 1950, 1959).size());
    }
}
