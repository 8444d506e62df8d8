package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.PGConnection;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import no.ehelse.followup.infrastructure.Ports;
import no.ehelse.followup.infrastructure.ServiceProcess;
import no.ehelse.followup.infrastructure.SuiteService;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/**
 * The write path against its budgets (issue 17), figures printed beside them; nothing is asserted on
 * time. Run with {@code ./mvnw -o verify -Dbenchmarks -pl indicator-service -am}.
 * <ul>
 * <li>a CSV import of 100,000 rows through the API, outbox rows included, and the heap it took (the
 * file is generated as it is sent), against a PostgreSQL {@code COPY} of the same rows into a copy of
 * the measurement table in the same run;</li>
 * <li>single reports from 8 concurrent clients, spread over 16 indicators and all on one indicator;</li>
 * <li>the packaged service's start: time to ready and resident memory.</li>
 * </ul>
 */
@QuarkusTest
@Tag("benchmark")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportBenchmarkTest {

    private static final int ROWS = 100_000;
    /** Four indicators, so that 100,000 days fit between 1900 (the earliest period) and today. */
    private static final List<String> MEASURED = List.of("4.2.1", "4.2", "4.8.1", "4.8.2");
    private static final int WARM_UP_ROWS = 20_000;
    private static final List<String> WARM_UP = List.of("4.7.1", "4.7.2");
    private static final int CLIENTS = 8;
    private static final int REPORTS_PER_CLIENT = 1_500;
    private static final int WARM_UP_PER_CLIENT = 200;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    @Test
    @Order(1)
    void import100000Rows() throws Exception {
        IndicatorApiTest.defineKjernejournal();
        defineBenchmarkIndicator("4.8.1");
        defineBenchmarkIndicator("4.8.2");
        warmUp();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicLong peakAfterCollection = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                peakAfterCollection.accumulateAndGet(liveAfterLastCollection(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long outboxBefore = count("select count(*) from outbox_event");
        sampler.start();
        long start = System.nanoTime();
        given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 1_800_000)))
                .auth().oauth2(Tokens.admin()).contentType("text/csv; charset=UTF-8").body(new GeneratedCsv(ROWS, MEASURED))
                .when().post("/api/v1/measurements/import")
                .then().statusCode(200)
                .body("imported", equalTo(ROWS))
                .body("rejected", equalTo(0));
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        long events = count("select count(*) from outbox_event") - outboxBefore;
        double copySeconds = copyOfTheSameRows();
        System.out.printf("%nImportBenchmarkTest: CSV import of %,d rows (%,d outbox rows) in %.2f s = %,.0f rows/s "
                + "(budget >= 25,000 rows/s)%n", ROWS, events, seconds, ROWS / seconds);
        System.out.printf("ImportBenchmarkTest: COPY of the same rows into a copy of the measurement table in %.2f s = "
                + "%,.0f rows/s; the import takes %.1f times as long%n", copySeconds, ROWS / copySeconds,
                seconds / copySeconds);
        System.out.printf("ImportBenchmarkTest: heap used before %,d MB, peak %,d MB (+%,d MB, garbage included), "
                + "peak live after a collection %,d MB%n%n", before >> 20, peak.get() >> 20, (peak.get() - before) >> 20,
                peakAfterCollection.get() >> 20);
    }

    /**
     * An import of other indicators first, so that the measured one runs compiled code (the JIT compiler
     * otherwise takes a good part of the cores during it), and its events published, so that the relay
     * does not compete.
     */
    private void warmUp() throws Exception {
        WARM_UP.forEach(ImportBenchmarkTest::defineBenchmarkIndicator);
        given().auth().oauth2(Tokens.admin()).contentType("text/csv; charset=UTF-8")
                .body(new GeneratedCsv(WARM_UP_ROWS, WARM_UP))
                .when().post("/api/v1/measurements/import")
                .then().statusCode(200)
                .body("imported", equalTo(WARM_UP_ROWS));
        awaitPublished();
    }

    /** Waits until the relay has published every event written so far, and prints how long it took. */
    private void awaitPublished() throws Exception {
        long drainStart = System.nanoTime();
        long waiting = count("select count(*) from outbox_pending");
        while (count("select count(*) from outbox_pending") > 0
                && System.nanoTime() - drainStart < 600_000_000_000L) {
            Thread.sleep(500);
        }
        System.out.printf("%nImportBenchmarkTest: the relay published the %,d events still waiting in %.1f s%n", waiting,
                (System.nanoTime() - drainStart) / 1e9);
    }

    /** PostgreSQL's own bulk load of the rows the import wrote, as the floor to compare with. */
    private double copyOfTheSameRows() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists measurement_copy_benchmark");
            statement.execute("create table measurement_copy_benchmark (like measurement including all)");
            StringBuilder rows = new StringBuilder(ROWS * 60);
            GeneratedCsv.forEachRow(ROWS, MEASURED, (indicator, day, value) -> rows.append(indicator).append(',').append(day)
                    .append(',').append(day).append(',').append(day).append(",983544622,1,true,").append(value)
                    .append(",benchmark,2026-01-01T00:00:00Z\n"));
            byte[] data = rows.toString().getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy measurement_copy_benchmark (indicator_id, "
                    + "period, period_start, period_end, reported_by, revision, current, value, source, reported_at) "
                    + "from stdin with (format csv)", new java.io.ByteArrayInputStream(data));
            double seconds = (System.nanoTime() - start) / 1e9;
            statement.execute("drop table measurement_copy_benchmark");
            return seconds;
        }
    }

    /** An indicator NHN and the directorate report, for the benchmark's rows alone. */
    private static void defineBenchmarkIndicator(String id) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("""
                {"goalId": "4", "name": "Benchmark %s", "unit": {"kind": "SHARE", "label": "Antall"},
                 "type": "ADOPTION", "direction": "HIGHER_IS_BETTER", "method": "Benchmark",
                 "reporters": ["%s", "%s"], "status": "ACTIVE", "targets": []}"""
                .formatted(id, Organisations.NHN, Organisations.HELSEDIREKTORATET))
                .put("/api/v1/indicators/" + id).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    @Test
    @Order(2)
    void singleReportsSpreadOverIndicators() throws Exception {
        IndicatorApiTest.defineKjernejournal(); // goal 4, which the indicators are under
        List<String> indicators = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            String id = "4.9." + i;
            defineBenchmarkIndicator(id);
            indicators.add(id);
        }
        // The relay publishing the import's events would compete for the cores: let it finish first.
        awaitPublished();
        // Warm-up on other periods, then the measured run; every report is a first report of its series.
        reports(client -> indicators.get(client * 2 % indicators.size()), LocalDate.of(1900, 1, 1), WARM_UP_PER_CLIENT);
        long[] spread = reports(client -> indicators.get(client * 2 % indicators.size()), LocalDate.of(1910, 1, 1),
                REPORTS_PER_CLIENT);
        print("spread over 16 indicators", spread, 1_500, " at p99 <= 50 ms");
        long[] one = reports(client -> "4.9.1", LocalDate.of(1950, 1, 1), REPORTS_PER_CLIENT);
        print("all on indicator 4.9.1 (many periods, two reporters)", one, 1_000, "");
    }

    /**
     * The packaged service (target/quarkus-app, from the last {@code package}; with its AppCDS archive when
     * built with {@code -Dquarkus.package.jar.appcds.enabled=true}) started alone as the local run starts it,
     * against this run's PostgreSQL and Kafka: time to ready, and resident memory once idle.
     */
    @Test
    @Order(3)
    void packagedServiceStartsLean() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path runner = SuiteService.INDICATOR.runner(root);
        if (!Files.exists(runner)) {
            System.out.printf("%nImportBenchmarkTest: start-up not measured, %s is missing (package first)%n%n", runner);
            return;
        }
        Config config = ConfigProvider.getConfig();
        Map<String, String> settings = new HashMap<>();
        for (String key : List.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                "quarkus.datasource.password", "kafka.bootstrap.servers", "quarkus.oidc.auth-server-url")) {
            config.getOptionalValue(key, String.class).ifPresent(value -> settings.put(key, value));
        }
        boolean archive = Files.exists(runner.resolveSibling("app-cds.jsa"));
        long start = System.nanoTime();
        try (ServiceProcess service = ServiceProcess.launch(SuiteService.INDICATOR, root, Ports.free(), settings,
                Path.of("target", "benchmark-logs"))) {
            service.awaitHealthy(Duration.ofMinutes(2));
            double ready = (System.nanoTime() - start) / 1e9;
            long readyRss = service.residentBytes();
            Thread.sleep(10_000);
            System.out.printf("%nImportBenchmarkTest: packaged indicator-service (%s) ready in %.1f s (budget <= 3 s), "
                    + "%,d MB resident when ready, %,d MB after 10 s idle (budget <= 250 MB)%n%n",
                    archive ? "with its AppCDS archive" : "without an AppCDS archive", ready, readyRss >> 20,
                    service.residentBytes() >> 20);
        }
    }

    private interface IndicatorOf {
        String indicator(int client);
    }

    /**
     * {@code CLIENTS} clients each posting {@code perClient} reports one after the other, each to its
     * own periods (alternating two reporting organisations) and, for a spread run, indicators.
     *
     * @return the latencies in microseconds, then the wall time in nanoseconds as the last element
     */
    private long[] reports(IndicatorOf indicatorOf, LocalDate firstDay, int perClient) throws Exception {
        String[] tokens = { Tokens.reporter(Organisations.NHN), Tokens.reporter(Organisations.HELSEDIREKTORATET) };
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            results.add(clients.submit(() -> {
                // Each client its own HTTP/1.1 connection, as each organisation's integration has: one shared
                // client would multiplex all eight over one HTTP/2 connection, served by one event loop.
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                long[] latencies = new long[perClient];
                for (int r = 0; r < perClient; r++) {
                    String indicator = indicatorOf.indicator(client);
                    LocalDate day = firstDay.plusDays((long) r * CLIENTS + client);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/indicators/" + indicator
                            + "/measurements"))
                            .header("Authorization", "Bearer " + tokens[r % 2])
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"period\": \"" + day + "\", \"value\": "
                                    + (r % 300) + "}"))
                            .build();
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies[r] = (System.nanoTime() - sent) / 1_000;
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("report " + indicator + " " + day + ": " + response.statusCode()
                                + " " + response.body());
                    }
                }
                return latencies;
            }));
        }
        long[] all = new long[CLIENTS * perClient + 1];
        int i = 0;
        for (Future<long[]> result : results) {
            for (long latency : result.get()) {
                all[i++] = latency;
            }
        }
        all[i] = System.nanoTime() - start;
        clients.shutdown();
        return all;
    }

    private static void print(String what, long[] measured, int budget, String latencyBudget) {
        long[] latencies = Arrays.copyOf(measured, measured.length - 1);
        Arrays.sort(latencies);
        double seconds = measured[measured.length - 1] / 1e9;
        System.out.printf("%nImportBenchmarkTest: single reports, %d clients, %s: %,d in %.2f s = %,.0f requests/s "
                + "(budget >= %,d%s); p50 %.1f ms, p99 %.1f ms%n%n", CLIENTS, what, latencies.length, seconds,
                latencies.length / seconds, budget, latencyBudget, latencies[latencies.length / 2] / 1000.0,
                latencies[(int) (latencies.length * 0.99)] / 1000.0);
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** What the heap held after its last collection: the live data, without garbage not yet collected. */
    private static long liveAfterLastCollection() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null)
                .mapToLong(pool -> pool.getCollectionUsage().getUsed())
                .sum();
    }

    /** CSV rows made as they are read: a row a day from 1900 for each of the indicators in turn. */
    private static final class GeneratedCsv extends InputStream {

        interface RowConsumer {
            void row(String indicator, LocalDate day, int value);
        }

        private final int rows;
        private final List<String> indicators;
        private int row = -1;
        private byte[] line = "indicatorId,period,value,source\n".getBytes(StandardCharsets.UTF_8);
        private int position;

        GeneratedCsv(int rows, List<String> indicators) {
            this.rows = rows;
            this.indicators = indicators;
        }

        static void forEachRow(int rows, List<String> indicators, RowConsumer consumer) {
            for (int row = 0; row < rows; row++) {
                consumer.row(indicators.get(row % indicators.size()), day(row, indicators), value(row));
            }
        }

        private static LocalDate day(int row, List<String> indicators) {
            return LocalDate.of(1900, 1, 1).plusDays(row / indicators.size());
        }

        private static int value(int row) {
            return row % 357;
        }

        @Override
        public int read() {
            if (position == line.length && !nextLine()) {
                return -1;
            }
            return line[position++] & 0xff;
        }

        /** As many lines as fit: the client sends the file in full buffers, as a real upload does. */
        @Override
        public int read(byte[] buffer, int offset, int length) {
            int filled = 0;
            while (filled < length && (position < line.length || nextLine())) {
                int copy = Math.min(length - filled, line.length - position);
                System.arraycopy(line, position, buffer, offset + filled, copy);
                position += copy;
                filled += copy;
            }
            return filled == 0 && length > 0 ? -1 : filled;
        }

        private boolean nextLine() {
            if (row + 1 >= rows) {
                return false;
            }
            row++;
            line = (indicators.get(row % indicators.size()) + "," + day(row, indicators) + "," + value(row) + ",benchmark\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }
    }
}
