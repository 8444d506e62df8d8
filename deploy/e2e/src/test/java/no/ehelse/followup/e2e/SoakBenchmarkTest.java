package no.ehelse.followup.e2e;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import no.ehelse.followup.infrastructure.Suite;
import no.ehelse.followup.infrastructure.SuiteService;

/**
 * Mixed load against the whole local suite for {@code soak.minutes} (10 by default): four organisations
 * reporting single measurements, an admin importing a CSV file every 30 s, readers of the overview, a goal,
 * an indicator and its series, and a council snapshot frozen half-way. Prints, beside their budgets, the
 * requests that failed (0), the measurements the view lost or holds twice once it has caught up (0 each),
 * and each service's resident memory, heap and GC at the start and the end (flat). Nothing is asserted on
 * time; run on purpose:
 *
 * <pre>
 * ./mvnw -pl deploy/e2e -am verify -Dbenchmarks -Dtest=SoakBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false [-Dsoak.minutes=10]
 * </pre>
 */
@Tag("benchmark")
class SoakBenchmarkTest {

    /** The reporting clients of the local realm and their organisation numbers. */
    private static final Map<String, String> REPORTERS = Map.of("nhn", "994598759", "helse-vest", "983658725",
            "ks", "971032146", "fhi", "983744516");
    private static final String DIRECTORATE = "983544622";
    private static final String IMPORTED = "4.9.9";
    /** Monthly periods from 1900-01 to 2025-12: 1,512 per indicator before a series is corrected. */
    private static final int PERIODS = 126 * 12;

    private static Suite suite;
    private static final Map<String, String> tokens = new ConcurrentHashMap<>();
    private static final Map<String, Long> tokenAge = new ConcurrentHashMap<>();

    private final WrittenSeries written = new WrittenSeries();
    private final AtomicLong values = new AtomicLong(1);
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

    @BeforeAll
    static void startSuite() {
        Path root = Path.of(System.getProperty("followup.root", "../..")).toAbsolutePath().normalize();
        suite = Suite.start(Suite.Options.isolated(root, root.resolve("deploy/e2e/target/soak"),
                line -> System.out.println("[suite] " + line)));
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    /** A client's token from Keycloak, renewed every five minutes (they live fifteen). */
    private static String token(String client) {
        long now = System.nanoTime();
        if (now - tokenAge.getOrDefault(client, 0L) > TimeUnit.MINUTES.toNanos(5)) {
            tokens.put(client, suite.keycloak().accessToken(client));
            tokenAge.put(client, now);
        }
        return tokens.get(client);
    }

    private static String url(SuiteService service, String path) {
        return suite.service(service).baseUrl() + path;
    }

    private static String period(int index) {
        int i = index % PERIODS;
        return "%d-%02d".formatted(1900 + i / 12, i % 12 + 1);
    }

    private static String indicatorOf(String client) {
        return "4.9." + (List.copyOf(new java.util.TreeSet<>(REPORTERS.keySet())).indexOf(client) + 1);
    }

    private void count(String what, Supplier<Response> call, int... expected) {
        requests.incrementAndGet();
        try {
            int status = call.get().statusCode();
            for (int ok : expected) {
                if (status == ok) {
                    return;
                }
            }
            errors.computeIfAbsent(what + " " + status, k -> new AtomicInteger()).incrementAndGet();
        } catch (RuntimeException e) {
            errors.computeIfAbsent(what + " " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private void define() {
        String reporters = "[\"" + String.join("\", \"", REPORTERS.values()) + "\", \"" + DIRECTORATE + "\"]";
        put("/api/v1/goals/4", "{\"kind\": \"STRATEGIC\", \"name\": \"Tilgjengelig informasjon og styrket samhandling\"}");
        for (String id : List.of("4.9.1", "4.9.2", "4.9.3", "4.9.4", IMPORTED)) {
            put("/api/v1/indicators/" + id, """
                    {"goalId": "4", "name": "Belastningsprøve %s", "unit": {"kind": "COUNT", "label": "Antall"},
                     "type": "ADOPTION", "direction": "HIGHER_IS_BETTER", "reporters": %s, "status": "ACTIVE"}"""
                    .formatted(id, reporters));
        }
    }

    private static void put(String path, String body) {
        given().auth().oauth2(token("strategioppfolging-admin")).contentType(ContentType.JSON).body(body)
                .when().put(url(SuiteService.INDICATOR, path)).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private void report(String client, int index) {
        String indicator = indicatorOf(client);
        String period = period(index);
        long value = values.getAndIncrement();
        count("report", () -> given().auth().oauth2(token(client)).contentType(ContentType.JSON)
                .body(Map.of("period", period, "value", value))
                .when().post(url(SuiteService.INDICATOR, "/api/v1/indicators/" + indicator + "/measurements")), 200, 201);
        written.remember(indicator, period, REPORTERS.get(client), value);
    }

    private void importFile(int first, int rows) {
        StringBuilder csv = new StringBuilder("indicatorId,period,value\n");
        List<Object[]> lines = new ArrayList<>();
        for (int i = first; i < first + rows; i++) {
            long value = values.getAndIncrement();
            csv.append(IMPORTED).append(',').append(period(i)).append(',').append(value).append('\n');
            lines.add(new Object[] { period(i), value });
        }
        count("import", () -> given().auth().oauth2(token("strategioppfolging-admin")).contentType("text/csv")
                .body(csv.toString()).when().post(url(SuiteService.INDICATOR, "/api/v1/measurements/import")), 200);
        lines.forEach(line -> written.remember(IMPORTED, (String) line[0], DIRECTORATE, (Long) line[1]));
    }

    private void read(int index) {
        String path = switch (index % 4) {
            case 0 -> "/api/v1/status/overview";
            case 1 -> "/api/v1/status/goals/4";
            case 2 -> "/api/v1/status/indicators/4.9.1";
            default -> "/api/v1/status/indicators/4.9.2/measurements?size=100";
        };
        count("read", () -> given().auth().oauth2(token("strategioppfolging-reader"))
                .when().get(url(SuiteService.REPORTING, path)), 200);
    }

    @Test
    void theSuiteHoldsUpUnderMixedLoad() throws Exception {
        define();
        Map<SuiteService, Figures> start = figures();
        Duration length = Duration.ofMinutes(Long.getLong("soak.minutes", 10));
        long end = System.nanoTime() + length.toNanos();
        ExecutorService load = Executors.newFixedThreadPool(REPORTERS.size() + 3);
        for (String client : REPORTERS.keySet()) {
            load.submit(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    report(client, i);
                    pause(100);
                }
            });
        }
        load.submit(() -> {
            for (int i = 0; System.nanoTime() < end; i += 250) {
                importFile(i, 250);
                pause(30_000);
            }
        });
        for (int reader = 0; reader < 2; reader++) {
            load.submit(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    read(i);
                    pause(50);
                }
            });
        }
        Thread.sleep(length.toMillis() / 2);
        count("snapshot", () -> given().auth().oauth2(token("strategioppfolging-admin")).contentType(ContentType.JSON)
                .body(Map.of("forum", "NUFA", "meetingDate", "2027-01-15", "title", "Belastningsprøve"))
                .when().post(url(SuiteService.REPORTING, "/api/v1/council/snapshots")), 201);
        load.shutdown();
        load.awaitTermination(length.toMinutes() + 5, TimeUnit.MINUTES);
        Map<SuiteService, Figures> finish = figures();

        // The view has caught up when it holds every series at its last revision; give it two minutes.
        WrittenSeries.Comparison view = compare();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (view.differs() && System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            view = compare();
        }

        int failed = errors.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("%nSoakBenchmarkTest: %d minutes, %,d requests, %,d measurements in %,d series%n",
                length.toMinutes(), requests.get(), written.measurements(), written.series());
        System.out.printf("  failed requests: %,d %s (budget 0)%n", failed, errors);
        System.out.printf("  measurements lost by the view: %,d; held twice: %,d (budget 0 each)%n", view.lost(), view.extra());
        for (SuiteService service : SuiteService.values()) {
            Figures a = start.get(service);
            Figures b = finish.get(service);
            System.out.printf("  %-18s resident %,4d → %,4d MB, heap used %,4d → %,4d MB, GC %,d pauses %.1f s → %,d pauses %.1f s "
                    + "(budget: flat)%n", service.module(), a.residentMb, b.residentMb, a.heapMb, b.heapMb, a.gcPauses,
                    a.gcSeconds, b.gcPauses, b.gcSeconds);
        }
        System.out.println();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The view's series of every indicator against what was written. */
    private WrittenSeries.Comparison compare() {
        return written.compare(suite.service(SuiteService.REPORTING).baseUrl(), token("strategioppfolging-reader"),
                List.of("4.9.1", "4.9.2", "4.9.3", "4.9.4", IMPORTED));
    }

    private record Figures(long residentMb, long heapMb, long gcPauses, double gcSeconds) {
    }

    private static Map<SuiteService, Figures> figures() {
        Map<SuiteService, Figures> figures = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            String metrics = given().when().get(url(service, "/q/metrics")).then().extract().asString();
            figures.put(service, new Figures(suite.service(service).residentBytes() >> 20,
                    (long) sum(metrics, "jvm_memory_used_bytes{area=\"heap\"") >> 20,
                    (long) sum(metrics, "jvm_gc_pause_seconds_count"), sum(metrics, "jvm_gc_pause_seconds_sum")));
        }
        return figures;
    }

    /** The sum of a Prometheus metric's samples whose line starts with {@code prefix}. */
    private static double sum(String metrics, String prefix) {
        return metrics.lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
