package no.ehelse.followup.reporting;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads what the service exposes about its consumer: Prometheus metrics, dead-letter headers. */
final class Metrics {

    private Metrics() {
    }

    /** @return the sum of the metric's series whose labels contain every one of {@code labels}; 0 without any */
    static double value(String name, String... labels) {
        String text = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
