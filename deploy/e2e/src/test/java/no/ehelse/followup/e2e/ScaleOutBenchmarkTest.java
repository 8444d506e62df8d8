package no.ehelse.followup.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import no.ehelse.followup.infrastructure.ServiceProcess;
import no.ehelse.followup.infrastructure.Suite;
import no.ehelse.followup.infrastructure.SuiteService;

/**
 * Scale-out: the whole suite with two indicator-service replicas and three reporting-service replicas in
 * one consumer group (a partition of each topic each). Four organisations report measurements through both
 * indicator replicas at once, with corrections, and an admin imports a file through the second; then every
 * reporting replica must serve exactly what was written, series by series (value and revision), and every
 * indicator's summary must count exactly its series — what a single replica gives. Prints the figures
 * (write rate, time until all replicas agree, the group's members) and fails on any difference. Run on purpose:
 *
 * <pre>
 * ./mvnw -pl deploy/e2e -am verify -Dbenchmarks -Dtest=ScaleOutBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("benchmark")
class ScaleOutBenchmarkTest {

    private static final Map<String, String> REPORTERS = new TreeMap<>(Map.of("nhn", "994598759",
            "helse-vest", "983658725", "ks", "971032146", "fhi", "983744516"));
    private static final String DIRECTORATE = "983544622";
    private static final List<String> INDICATORS = List.of("4.7.1", "4.7.2", "4.7.3", "4.7.4", "4.7.5", "4.7.6");
    /** Reports per writer (an organisation through one replica); one in five corrects an earlier one. */
    private static final int REPORTS = 600;
    private static final int IMPORTED_ROWS = 3_000;

    private static Suite suite;
    private static List<ServiceProcess> writers;
    private static List<ServiceProcess> readers;
    private static final Map<String, String> tokens = new ConcurrentHashMap<>();

    private final WrittenSeries written = new WrittenSeries();
    private final AtomicLong values = new AtomicLong(1);
    private final AtomicInteger failed = new AtomicInteger();

    @BeforeAll
    static void startSuite() {
        Path root = Path.of(System.getProperty("followup.root", "../..")).toAbsolutePath().normalize();
        suite = Suite.start(Suite.Options.isolated(root, root.resolve("deploy/e2e/target/scale-out"),
                line -> System.out.println("[suite] " + line)));
        writers = List.of(suite.service(SuiteService.INDICATOR), suite.startReplica(SuiteService.INDICATOR));
        readers = List.of(suite.service(SuiteService.REPORTING), suite.startReplica(SuiteService.REPORTING),
                suite.startReplica(SuiteService.REPORTING));
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    private static String token(String client) {
        return tokens.computeIfAbsent(client, c -> suite.keycloak().accessToken(c));
    }

    @Test
    void replicasGiveTheViewOfOne() throws Exception {
        define();
        long start = System.nanoTime();
        ExecutorService load = Executors.newFixedThreadPool(2 * REPORTERS.size() + 1);
        List<Future<?>> work = new ArrayList<>();
        List<String> clients = List.copyOf(REPORTERS.keySet());
        for (int c = 0; c < clients.size(); c++) {
            for (int r = 0; r < writers.size(); r++) {
                String client = clients.get(c);
                int replica = r;
                work.add(load.submit(() -> report(client, replica)));
            }
        }
        work.add(load.submit(this::importFile));
        for (Future<?> done : work) {
            done.get(10, TimeUnit.MINUTES);
        }
        load.shutdown();
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        long writes = 2L * REPORTERS.size() * REPORTS + IMPORTED_ROWS;

        // Every replica serves every series at its last revision, once; give them two minutes.
        long caughtUp = System.nanoTime();
        List<Comparison> views = readers.stream().map(this::compare).toList();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (views.stream().anyMatch(Comparison::differs) && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            views = readers.stream().map(this::compare).toList();
        }
        double convergeSeconds = (System.nanoTime() - caughtUp) / 1e9;
        Map<String, String> summaries = summariesDisagreeing();

        System.out.printf("%nScaleOutBenchmarkTest: 2 indicator-service replicas, 3 reporting-service replicas%n");
        System.out.printf("  consumer group reporting-service: %s%n", members());
        System.out.printf("  %,d measurements written in %,d series in %.1f s (%,.0f a second), %d requests failed (budget 0)%n",
                writes, written.series(), writeSeconds, writes / writeSeconds, failed.get());
        for (int i = 0; i < readers.size(); i++) {
            System.out.printf("  reporting replica %d: series lost or stale %,d, held twice or unknown %,d, summaries "
                    + "counting otherwise %d (budget 0 each)%n", i + 1, views.get(i).lost(), views.get(i).extra(),
                    views.get(i).miscounted());
        }
        System.out.printf("  all replicas agreed %.1f s after the last write; in the view's database, summaries that do "
                + "not count their series: %s (budget: none)%n%n", convergeSeconds, summaries);

        assertEquals(0, failed.get(), "failed writes");
        for (int i = 0; i < readers.size(); i++) {
            assertEquals(new Comparison(0, 0, 0), views.get(i), "reporting replica " + (i + 1) + " against what was written");
        }
        assertEquals(Map.of(), summaries, "summaries against the series in the view");
    }

    private void define() {
        String reporters = "[\"" + String.join("\", \"", REPORTERS.values()) + "\", \"" + DIRECTORATE + "\"]";
        put("/api/v1/goals/4", "{\"kind\": \"STRATEGIC\", \"name\": \"Tilgjengelig informasjon og styrket samhandling\"}");
        for (String id : INDICATORS) {
            put("/api/v1/indicators/" + id, """
                    {"goalId": "4", "name": "Skaleringsprøve %s", "unit": {"kind": "COUNT", "label": "Antall"},
                     "type": "ADOPTION", "direction": "HIGHER_IS_BETTER", "reporters": %s, "status": "ACTIVE"}"""
                    .formatted(id, reporters));
        }
    }

    private static void put(String path, String body) {
        given().auth().oauth2(token("strategioppfolging-admin")).contentType(ContentType.JSON).body(body)
                .when().put(writers.get(0).baseUrl() + path).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    /** Monthly periods from 1900 on; the writers' series never overlap (organisation, and the replica's half). */
    private static String period(int index) {
        return "%d-%02d".formatted(1900 + index / 12, index % 12 + 1);
    }

    /** An organisation's reports through one replica: series of its own, every fifth a correction of one before. */
    private void report(String client, int replica) {
        String organisation = REPORTERS.get(client);
        for (int i = 0; i < REPORTS; i++) {
            int series = i % 5 == 4 ? i - 3 : i;
            String indicator = INDICATORS.get(series % INDICATORS.size());
            String period = period(2 * (series / INDICATORS.size()) + replica);
            long value = values.getAndIncrement();
            int status = given().auth().oauth2(token(client)).contentType(ContentType.JSON)
                    .body(Map.of("period", period, "value", value))
                    .when().post(writers.get(replica).baseUrl() + "/api/v1/indicators/" + indicator + "/measurements")
                    .statusCode();
            if (status == 200 || status == 201) {
                written.remember(indicator, period, organisation, value);
            } else {
                failed.incrementAndGet();
            }
        }
    }

    /** The directorate's file through the second replica, over every indicator: series of its own. */
    private void importFile() {
        StringBuilder csv = new StringBuilder("indicatorId,period,value\n");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < IMPORTED_ROWS; i++) {
            String indicator = INDICATORS.get(i % INDICATORS.size());
            String period = period(i / INDICATORS.size());
            long value = values.getAndIncrement();
            csv.append(indicator).append(',').append(period).append(',').append(value).append('\n');
            rows.add(new Object[] { indicator, period, value });
        }
        int status = given().auth().oauth2(token("strategioppfolging-admin")).contentType("text/csv").body(csv.toString())
                .when().post(writers.get(1).baseUrl() + "/api/v1/measurements/import").statusCode();
        if (status == 200) {
            rows.forEach(row -> written.remember((String) row[0], (String) row[1], DIRECTORATE, (Long) row[2]));
        } else {
            failed.addAndGet(IMPORTED_ROWS);
        }
    }

    /** What a replica serves against what was written. */
    private record Comparison(long lost, long extra, long miscounted) {
        boolean differs() {
            return lost > 0 || extra > 0 || miscounted > 0;
        }
    }

    private Comparison compare(ServiceProcess reporting) {
        WrittenSeries.Comparison series = written.compare(reporting.baseUrl(), token("strategioppfolging-reader"), INDICATORS);
        long miscounted = 0;
        for (String indicator : INDICATORS) {
            Response summary = given().auth().oauth2(token("strategioppfolging-reader"))
                    .when().get(reporting.baseUrl() + "/api/v1/status/indicators/" + indicator);
            if (summary.statusCode() != 200 || summary.jsonPath().getLong("measurementCount") != written.seriesOf(indicator)) {
                miscounted++;
            }
        }
        return new Comparison(series.lost(), series.extra(), miscounted);
    }

    /** Indicators whose kept summary counts other than the measurements the view holds of them. */
    private static Map<String, String> summariesDisagreeing() throws Exception {
        Properties login = new Properties();
        login.setProperty("user", suite.postgres().user());
        login.setProperty("password", suite.postgres().password());
        Map<String, String> disagreeing = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(suite.postgres().jdbcUrl("reporting"), login);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select i.id, (i.summary ->> 'measurementCount')::bigint, count(m.indicator_id)
                        from indicator_view i left join measurement_view m on m.indicator_id = i.id
                        group by i.id, i.summary
                        having coalesce((i.summary ->> 'measurementCount')::bigint, -1) <> count(m.indicator_id)""")) {
            while (rows.next()) {
                disagreeing.put(rows.getString(1), rows.getLong(2) + " of " + rows.getLong(3));
            }
        }
        return disagreeing;
    }

    /** The reporting consumer group's members and the partitions each holds. */
    private static String members() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("reporting-service"))
                    .describedGroups().get("reporting-service").get(30, TimeUnit.SECONDS);
            List<String> members = new ArrayList<>();
            group.members().forEach(member -> members.add(member.host() + " " + member.assignment().topicPartitions()
                    .stream().map(p -> p.topic().replace("-events", "") + "-" + p.partition()).sorted().toList()));
            return group.members().size() + " members " + members;
        } catch (Exception e) {
            return "not described: " + e;
        }
    }
}
