package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import com.aayushatharva.brotli4j.decoder.Decoder;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import no.ehelse.followup.events.Topics;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/** Every status resource answers with an ETag and no-cache, 304 to a matching If-None-Match, and compressed. */
@QuarkusTest
class StatusRevalidationTest {

    @TestHTTPResource("/")
    URL root;

    private static String etag(String path) {
        return given().auth().oauth2(Tokens.reader()).when().get(path).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache"))
                .header("ETag", startsWith("W/\""))
                .extract().header("ETag");
    }

    @Test
    void everyStatusResourceRevalidatesWithItsETag() {
        // Goal O2, indicator 1.79.1, initiative and sub-goal 2.V are this test's alone.
        String goal = "O2";
        String indicator = "1.79.1";
        String initiative = "2.V";
        EventFeed.shared().send("goal", goal, 1, "GoalDefined",
                "{\"id\": \"" + goal + "\", \"kind\": \"STRATEGIC\", \"name\": \"Mål\", \"version\": 1}");
        EventFeed.shared().send("indicator", indicator, 1, "IndicatorDefined", EventFeed.indicator(indicator, "Indikator", goal));
        EventFeed.shared().send("measurement", indicator + ":2024:" + Organisations.NHN, 1, "MeasurementRecorded",
                EventFeed.measurement(indicator, "2024", 1, 70));
        EventFeed.shared().send(Topics.INITIATIVE_EVENTS, InitiativeEvents.INITIATIVE, initiative, 1,
                InitiativeEvents.INITIATIVE_DEFINED, FollowUpPayloads.initiative(initiative, "Initiativ",
                        FollowUpPayloads.owner(Organisations.NHN, "Norsk helsenett SF")));
        Delivery delivery = FollowUpPayloads.delivery("revalidering", initiative, Phase.CONCEPT_MANDATE,
                List.of(), List.of(), List.of(), 1);
        EventFeed.shared().send(Topics.ROADMAP_EVENTS, RoadmapEvents.DELIVERY, delivery.id(), 1,
                RoadmapEvents.DELIVERY_DEFINED, delivery);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/indicators/" + indicator)
                    .then().statusCode(200).body("latest.value", equalTo(70));
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/initiatives/" + initiative).then().statusCode(200);
            given().auth().oauth2(Tokens.reader()).when().get("/api/v1/status/deliveries/" + delivery.id()).then().statusCode(200);
        });

        for (String path : List.of("/api/v1/status/overview", "/api/v1/status/goals/" + goal,
                "/api/v1/status/indicators/" + indicator, "/api/v1/status/indicators/" + indicator + "/measurements",
                "/api/v1/status/initiatives", "/api/v1/status/initiatives/" + initiative, "/api/v1/status/roadmap",
                "/api/v1/status/deliveries/" + delivery.id(), "/api/v1/status/actors/" + Organisations.NHN)) {
            // Other test classes' events may still be arriving and change the view (the overview shows the lag):
            // an unchanged document revalidates, so the pair is tried again until the view holds still.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                String tag = etag(path);
                given().auth().oauth2(Tokens.reader()).header("If-None-Match", tag).when().get(path)
                        .then().statusCode(304).header("ETag", equalTo(tag)).body(emptyString());
            });
            given().auth().oauth2(Tokens.reader()).header("If-None-Match", "W/\"something-else\"").when().get(path)
                    .then().statusCode(200);
        }

        // A new measurement changes the indicator's document, so its old tag no longer matches.
        String before = etag("/api/v1/status/indicators/" + indicator);
        EventFeed.shared().send("measurement", indicator + ":2025:" + Organisations.NHN, 1, "MeasurementRecorded",
                EventFeed.measurement(indicator, "2025", 1, 80));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.reader())
                .header("If-None-Match", before).when().get("/api/v1/status/indicators/" + indicator)
                .then().statusCode(200).body("latest.value", equalTo(80)));
        assertNotEquals(before, etag("/api/v1/status/indicators/" + indicator));
    }

    @Test
    void statusDocumentsAreCompressedAsTheClientAccepts() throws Exception {
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        String path = "/api/v1/status/roadmap";
        // Other test classes' events may change the view between the requests: the three forms are compared
        // when they carry the same tag.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Response plain = given().config(raw).auth().oauth2(Tokens.reader()).header("Accept-Encoding", "identity")
                    .when().get(path).then().statusCode(200).header("Vary", equalTo("Accept-Encoding"))
                    .header("Content-Encoding", nullValue()).extract().response();
            Response gzip = given().config(raw).auth().oauth2(Tokens.reader()).header("Accept-Encoding", "gzip;q=1, br;q=0.5")
                    .when().get(path).then().statusCode(200).header("Content-Encoding", equalTo("gzip")).extract().response();
            Response brotli = given().config(raw).auth().oauth2(Tokens.reader()).header("Accept-Encoding", "gzip, deflate, br")
                    .when().get(path).then().statusCode(200).header("Content-Encoding", equalTo("br")).extract().response();
            assertEquals(plain.header("ETag"), gzip.header("ETag"));
            assertEquals(plain.header("ETag"), brotli.header("ETag"));
            byte[] body = plain.asByteArray();
            assertTrue(body.length > 0);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.asByteArray()))) {
                assertArrayEquals(body, in.readAllBytes(), "the gzip body, decoded once, is the document");
            }
            assertArrayEquals(body, Decoder.decompress(brotli.asByteArray()).getDecompressedData(),
                    "the br body, decoded once, is the document");
        });
    }

    @Test
    void overHttp2TheBodyIsCompressedOnceToo() throws Exception {
        // The JDK's client upgrades its first request to HTTP/2 (h2c); the later ones are HTTP/2.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        URI uri = URI.create(root.toString().replaceAll("/$", "") + "/api/v1/status/roadmap");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer "
                    + Tokens.reader()).header("Accept-Encoding", "identity").build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gzip = client.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer "
                    + Tokens.reader()).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(HttpClient.Version.HTTP_2, gzip.version());
            assertEquals(200, gzip.statusCode());
            assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null));
            assertEquals(plain.headers().firstValue("ETag"), gzip.headers().firstValue("ETag"));
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
                assertArrayEquals(plain.body(), in.readAllBytes(), "the gzip body, decoded once, is the document");
            }
        });
    }
}
