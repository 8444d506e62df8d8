package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import no.ehelse.followup.events.Topics;
import no.ehelse.followup.testsupport.Tokens;

/**
 * How many events a second the consumer applies: 100,000 measurement events (one in ten a correction of
 * an earlier one) are written to indicator-events while the view's database holds the consumer back, then
 * released; the figure counts from the first applied batch to the last. Then the view is rebuilt from the topics
 * while a reader reads it, and the rebuild's time is printed beside its budget. Run with
 * {@code ./mvnw verify -Dbenchmarks -pl reporting-service -am}.
 */
@QuarkusTest
@TestProfile(BenchmarkProfile.class)
@Tag("benchmark")
class ConsumerBenchmarkTest {

    private static final int EVENTS = 100_000;
    private static final int INDICATORS = 100;
    private static final double BUDGET_PER_SECOND = 10_000;
    private static final double REBUILD_BUDGET_SECONDS = 15;

    @Inject
    DataSource dataSource;

    @Test
    void apply100000Events() throws Exception {
        long before = applied();
        sql("create function hold_back() returns trigger language plpgsql as "
                + "$$ begin raise exception using errcode = '57P03', message = 'held back for the benchmark'; end $$",
                "create trigger hold_back before insert on processed_event execute function hold_back()");
        try {
            write();
        } finally {
            sql("drop trigger hold_back on processed_event", "drop function hold_back()");
        }
        long first = 0;
        long startedFrom = 0;
        long done;
        while (true) {
            long now = applied() - before;
            if (first == 0 && now > 0) {
                first = System.nanoTime();
                startedFrom = now;
            }
            if (now >= EVENTS + INDICATORS) {
                done = System.nanoTime();
                break;
            }
            Thread.sleep(20);
        }
        double seconds = (done - first) / 1e9;
        double perSecond = (EVENTS + INDICATORS - startedFrom) / seconds;
        System.out.printf("%nConsumerBenchmarkTest: %,d events applied in %.1f s = %,.0f events/s (budget >= %,.0f events/s)%n%n",
                EVENTS + INDICATORS - startedFrom, seconds, perSecond, BUDGET_PER_SECOND);
        given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/overview").then().statusCode(200);
        rebuild();
    }

    /**
     * A rebuild of the view from the topics (the 100,000 events and whatever else they hold) while a reader
     * reads the overview: the time from the request to the job done, beside the budget, and what the reader got
     * meanwhile (every answer the old view, whole: the same measurement count of an indicator of the benchmark).
     */
    private void rebuild() throws Exception {
        String indicator = "/api/v1/status/indicators/2.1.1";
        int count = given().auth().oauth2(Tokens.reader()).when().get(indicator).then().statusCode(200)
                .extract().path("measurementCount");
        long start = System.nanoTime();
        String job = given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/rebuild")
                .then().statusCode(202).extract().header("Location");
        int reads = 0;
        int otherAnswers = 0;
        String state;
        long records;
        while (true) {
            JsonPath progress = given().auth().oauth2(Tokens.admin()).when().get(job)
                    .then().statusCode(200).extract().jsonPath();
            state = progress.getString("state");
            records = progress.getLong("records");
            if (!"RUNNING".equals(state)) {
                break;
            }
            Response read = given().auth().oauth2(Tokens.reader()).when().get(indicator);
            reads++;
            if (read.statusCode() != 200 || read.jsonPath().getInt("measurementCount") != count) {
                otherAnswers++;
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nConsumerBenchmarkTest: rebuild of the view from %,d records %s in %.1f s (budget <= %.0f s); "
                + "meanwhile %d reads of %s, %d of them not the old view whole (budget 0)%n%n",
                records, state, seconds, REBUILD_BUDGET_SECONDS, reads, indicator, otherAnswers);
    }

    /** 100 indicators and their measurements, a day each, one in ten a second revision of the one nine before it. */
    private static void write() {
        LocalDate firstDay = LocalDate.of(2020, 1, 1);
        try (KafkaProducer<String, String> producer = EventFeed.bulkProducer()) {
            // Defined first, as the writing service does, so that each batch also keeps their summaries.
            for (int i = 0; i < INDICATORS; i++) {
                String indicator = indicatorOf(i);
                producer.send(new ProducerRecord<>(Topics.INDICATOR_EVENTS, indicator, EventFeed.envelope(UUID.randomUUID(),
                        "IndicatorDefined", "indicator", indicator, 1, EventFeed.indicator(indicator, "Indikator " + indicator))));
            }
            for (int i = 0; i < EVENTS; i++) {
                boolean correction = i % 10 == 9;
                int series = correction ? i - 9 : i;
                String indicator = indicatorOf(series);
                String period = firstDay.plusDays(series / INDICATORS).toString();
                String aggregateId = indicator + ":" + period + ":994598759";
                int revision = correction ? 2 : 1;
                producer.send(new ProducerRecord<>(Topics.INDICATOR_EVENTS, aggregateId,
                        EventFeed.envelope(UUID.randomUUID(), correction ? "MeasurementCorrected" : "MeasurementRecorded",
                                "measurement", aggregateId, revision,
                                EventFeed.measurement(indicator, period, revision, 40 + i % 50))));
            }
            producer.flush();
        }
    }

    /** 2.1.1 to 2.10.10. */
    private static String indicatorOf(int series) {
        return "2." + (1 + series % INDICATORS / 10) + "." + (1 + series % 10);
    }

    private long applied() throws SQLException {
        return EventFeed.eventsApplied(dataSource);
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
