package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import no.ehelse.followup.events.Topics;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.events.roadmap.Certainty;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Milestone;
import no.ehelse.followup.events.roadmap.Participant;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.reporting.web.DashboardBrowser;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/**
 * Reading the view at national scale. The national goals and indicators (deploy/dataset) with 100,000
 * measurements over them, 130 initiatives (all that the ids 1.A–5.Z allow) with three status reports each and 1,000 deliveries with 5,000
 * milestones are written as events to the topics and applied by the consumer (the real path, not SQL);
 * then 8 concurrent readers ask for the overview, a goal, an indicator and an organisation, and each
 * resource's response size and p50/p99 latency are printed beside the budgets (≤ 300 KB, p99 ≤ 20 ms).
 * Run with {@code ./mvnw verify -Dbenchmarks -pl reporting-service -am -Dtest=ReadBenchmarkTest}.
 */
@QuarkusTest
@TestProfile(BenchmarkProfile.class)
@Tag("benchmark")
class ReadBenchmarkTest {

    private static final int MEASUREMENTS = 100_000;
    /** All the event contract allows: initiative ids are a goal and a letter (1.A … 5.Z). */
    private static final int INITIATIVES = 5 * 26;
    private static final int REPORTS_EACH = 3;
    private static final int DELIVERIES = 1_000;
    private static final int MILESTONES_EACH = 5;
    private static final int READERS = 8;
    private static final int REQUESTS_PER_READER = 250;
    private static final int WARM_UP = 100;
    private static final double BUDGET_KB = 300;
    private static final double BUDGET_P99_MS = 20;
    private static final Path DATASET = Path.of("..", "deploy", "dataset");
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @Test
    void readTheViewAtNationalScale() throws Exception {
        long before = applied();
        long start = System.nanoTime();
        long events = load();
        while (applied() - before < events) {
            Thread.sleep(200);
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nReadBenchmarkTest: %,d events (%,d measurements) written and applied by the consumer in %.1f s "
                + "(%,.0f events/s)%n", events, MEASUREMENTS, loadSeconds, events / loadSeconds);
        // The overview carries the consumer lag as last sampled: measured once the offsets are committed and sampled.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                .when().get("/api/v1/status/overview").then().statusCode(200)
                .body("freshness.consumerLag", everyItem(equalTo(0))));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = Tokens.reader();
        for (String path : List.of("/api/v1/status/overview", "/api/v1/status/goals/4", "/api/v1/status/indicators/4.2.1",
                "/api/v1/status/actors/" + Organisations.NHN)) {
            measure(http, token, path);
        }
        firstPaint();
        System.out.println();
    }

    /**
     * What a person waits for in Chromium, signed in: from navigation to the overview's and an indicator
     * page's content on screen (the page's own User Timing mark after rendering its data), the median of
     * five loads after one to warm up, beside the first contentful paint (the page's frame).
     */
    private void firstPaint() throws Exception {
        WebDriver browser = DashboardBrowser.chromium();
        try {
            DashboardBrowser.signIn(browser, root, "/dashboard/?view=overview", "radsmedlem", "radsmedlem-local-only");
            DashboardBrowser.page(browser, "overview");
            for (String[] page : List.of(new String[] { "overview", "" }, new String[] { "indicator", "&id=4.2.1" })) {
                double[] meaningful = new double[5];
                double[] contentful = new double[5];
                for (int i = -1; i < meaningful.length; i++) {
                    browser.get(root + "dashboard/?view=" + page[0] + page[1]);
                    DashboardBrowser.page(browser, page[0]);
                    JavascriptExecutor js = (JavascriptExecutor) browser;
                    Number rendered = (Number) js.executeScript(
                            "return performance.getEntriesByName('followup:view-rendered')[0].startTime");
                    Number painted = (Number) js.executeScript("const p = performance.getEntriesByName("
                            + "'first-contentful-paint')[0]; return p ? p.startTime : -1");
                    if (i >= 0) {
                        meaningful[i] = rendered.doubleValue();
                        contentful[i] = painted.doubleValue();
                    }
                }
                java.util.Arrays.sort(meaningful);
                java.util.Arrays.sort(contentful);
                System.out.printf("  dashboard %-9s first meaningful paint p50 %,.0f ms (max %,.0f ms, budget <= 1,000 ms); "
                        + "first contentful paint %,.0f ms%n", page[0], meaningful[2], meaningful[4], contentful[2]);
            }
        } finally {
            browser.quit();
        }
    }

    private void measure(HttpClient http, String token, String path) throws Exception {
        HttpResponse<byte[]> plain = http.send(request(token, path, "identity"), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gzip = http.send(request(token, path, "gzip"), HttpResponse.BodyHandlers.ofByteArray());
        if (plain.statusCode() != 200 || gzip.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + plain.statusCode());
        }
        if (new GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body())).readAllBytes().length != plain.body().length) {
            throw new IllegalStateException(path + ": the gzip body is not the plain one");
        }
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<long[]>> runs = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                runs.add(readers.submit(() -> {
                    // Each reader is a client of its own, on its own connection, in HTTP/1.1 as the service is
                    // reached behind an ingress (one shared client multiplexes all readers over one HTTP/2
                    // connection, which one event loop then serves alone).
                    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5)).build();
                    long[] nanos = new long[REQUESTS_PER_READER];
                    for (int i = -WARM_UP / READERS; i < REQUESTS_PER_READER; i++) {
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request(token, path, "gzip"),
                                HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - t0;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(path + " answered " + response.statusCode());
                        }
                        if (i >= 0) {
                            nanos[i] = took;
                        }
                    }
                    return nanos;
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> run : runs) {
                long[] nanos = run.get();
                long[] joined = Arrays.copyOf(all, all.length + nanos.length);
                System.arraycopy(nanos, 0, joined, all.length, nanos.length);
                all = joined;
            }
            Arrays.sort(all);
            double p50 = all[all.length / 2] / 1e6;
            double p99 = all[(int) Math.ceil(all.length * 0.99) - 1] / 1e6;
            System.out.printf("  %-36s %7.1f KB (gzip %5.1f KB; budget <= %.0f KB)   p50 %6.1f ms   p99 %6.1f ms "
                    + "(budget p99 <= %.0f ms, %d concurrent readers, %,d requests)%n", path, plain.body().length / 1024.0,
                    gzip.body().length / 1024.0, BUDGET_KB, p50, p99, BUDGET_P99_MS, READERS, all.length);
        } finally {
            readers.shutdown();
        }
    }

    private HttpRequest request(String token, String path, String encoding) {
        return HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Accept-Encoding", encoding).timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** Writes everything as the services would publish it; returns how many events. */
    private long load() throws IOException {
        long events = 0;
        try (KafkaProducer<String, String> producer = EventFeed.bulkProducer()) {
            Map<String, String> organisations = new HashMap<>();
            JSON.readTree(DATASET.resolve("actors.json").toFile()).get("actors")
                    .forEach(actor -> organisations.put(actor.get("id").asText(), actor.get("orgnr").asText()));
            for (JsonNode goal : JSON.readTree(DATASET.resolve("goals.json").toFile()).get("goals")) {
                ObjectNode payload = ((ObjectNode) goal.deepCopy()).put("version", 1);
                send(producer, Topics.INDICATOR_EVENTS, "goal", goal.get("id").asText(), "GoalDefined", payload.toString());
                events++;
            }
            List<String[]> indicators = new ArrayList<>();
            for (JsonNode indicator : JSON.readTree(DATASET.resolve("indicators.json").toFile()).get("indicators")) {
                ObjectNode payload = ((ObjectNode) indicator.deepCopy()).put("version", 1);
                ArrayNode reporters = payload.putArray("reporters");
                indicator.get("reporters").forEach(alias -> reporters.add(organisations.getOrDefault(alias.asText(),
                        Organisations.NHN)));
                send(producer, Topics.INDICATOR_EVENTS, "indicator", indicator.get("id").asText(), "IndicatorDefined",
                        payload.toString());
                indicators.add(new String[] { indicator.get("id").asText(),
                        reporters.isEmpty() ? Organisations.NHN : reporters.get(0).asText() });
                events++;
            }
            // A day each, round the indicators: about 2,800 days (7.6 years) of every indicator.
            LocalDate firstDay = LocalDate.of(2019, 1, 1);
            for (int i = 0; i < MEASUREMENTS; i++) {
                String[] indicator = indicators.get(i % indicators.size());
                String period = firstDay.plusDays(i / indicators.size()).toString();
                String id = indicator[0] + ":" + period + ":" + indicator[1];
                send(producer, Topics.INDICATOR_EVENTS, "measurement", id, "MeasurementRecorded", """
                        {"indicatorId": "%s", "period": "%s", "reportedBy": "%s", "revision": 1, "current": true,
                         "value": %d, "reportedAt": "2026-01-01T00:00:00Z"}""".formatted(indicator[0], period, indicator[1],
                        40 + i % 50));
                events++;
            }
            events += initiatives(producer);
            events += deliveries(producer);
            producer.flush();
        }
        return events;
    }

    private static long initiatives(KafkaProducer<String, String> producer) throws IOException {
        String[] owners = { Organisations.NHN, Organisations.HELSEDIREKTORATET, Organisations.HELSE_VEST, Organisations.KS };
        long events = 0;
        for (int i = 0; i < INITIATIVES; i++) {
            String goal = String.valueOf(1 + i % 5);
            String id = goal + "." + (char) ('A' + i / 5);
            String owner = owners[i % owners.length];
            send(producer, Topics.INITIATIVE_EVENTS, InitiativeEvents.INITIATIVE, id, InitiativeEvents.INITIATIVE_DEFINED,
                    JSON.writeValueAsString(FollowUpPayloads.initiative(id, "Initiativ " + id,
                            FollowUpPayloads.owner(owner, "Eier " + owner))));
            events++;
            for (int t = 1; t <= REPORTS_EACH; t++) {
                String period = "2025T" + t;
                send(producer, Topics.INITIATIVE_EVENTS, InitiativeEvents.STATUS_REPORT,
                        InitiativeEvents.statusReportId(id, period, owner), InitiativeEvents.STATUS_REPORT_SUBMITTED,
                        JSON.writeValueAsString(FollowUpPayloads.report(id, period, owner, 1,
                                TrafficLight.values()[(i + t) % TrafficLight.values().length])));
                events++;
            }
        }
        return events;
    }

    private static long deliveries(KafkaProducer<String, String> producer) throws IOException {
        Phase[] phases = Phase.values();
        long events = 0;
        for (int i = 0; i < DELIVERIES; i++) {
            String subGoal = (1 + i % 5) + "." + (char) ('A' + i / 5 % 5);
            String id = "leveranse-" + i;
            List<Milestone> milestones = new ArrayList<>();
            for (int m = 0; m < MILESTONES_EACH; m++) {
                LocalDate planned = LocalDate.of(2024, 1, 31).plusMonths(6L * m);
                // One milestone in seven slips half a year.
                milestones.add(FollowUpPayloads.milestone(id + "-m" + m, phases[m % phases.length], planned.toString(),
                        planned.plusDays((i * MILESTONES_EACH + m) % 7 == 0 ? 180 : 20).toString()));
            }
            List<Participant> participants = List.of(
                    FollowUpPayloads.participant(Organisations.HELSE_VEST, "Helse Vest RHF", Phase.ADAPTATION_EXTENDED_TRIAL),
                    FollowUpPayloads.participant(Organisations.NHN, "Norsk helsenett SF", null),
                    FollowUpPayloads.participant(Organisations.KS, "KS", Phase.INTRODUCTION));
            Delivery delivery = FollowUpPayloads.delivery(id, subGoal, phases[i % phases.length], participants,
                    List.of(FollowUpPayloads.segment(Phase.DEVELOPMENT_LIMITED_TRIAL, "2024Q1", "2025Q2", Certainty.PLANNED),
                            FollowUpPayloads.segment(Phase.INTRODUCTION, "2025Q3", "2027Q4", Certainty.TENTATIVE)),
                    milestones, 1);
            send(producer, Topics.ROADMAP_EVENTS, RoadmapEvents.DELIVERY, id, RoadmapEvents.DELIVERY_DEFINED,
                    JSON.writeValueAsString(delivery));
            events++;
        }
        return events;
    }

    private static void send(KafkaProducer<String, String> producer, String topic, String aggregateType, String aggregateId,
            String type, String payload) {
        producer.send(new ProducerRecord<>(topic, aggregateId,
                EventFeed.envelope(UUID.randomUUID(), type, aggregateType, aggregateId, 1, payload)));
    }

    private long applied() throws SQLException {
        return EventFeed.eventsApplied(dataSource);
    }
}
