package no.ehelse.followup.e2e;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A black-box probe of one service, driven by its own OpenAPI document: every operation is called with
 * odd path and query values and malformed bodies (broken JSON, duplicate keys, deep nesting, absurd
 * numbers, control characters, and its documented example with each field in turn given a wrong type),
 * with a token that may do everything. It collects every answer of 500 or more: a service answers bad
 * input with a 4xx problem, never an internal error.
 */
final class MalformedInputProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PATH_VALUES = List.of("x", "%00", "a".repeat(2000), "%E2%80%AE1", "..%2F..", "-1");
    private static final List<String> QUERY_VALUES = List.of("x", "-1", "99999999999999999999", "%00", "");
    private static final List<String> BODIES = List.of("{", "[]", "\"x\"", "null", "{\"a\": 1, \"a\": 2}",
            "[".repeat(3000), "{\"value\": 1e400}", "{\"x\": \"\\u0000\"}", "\u0000", "a,b\n\"open");
    private static final List<JsonNode> WRONG_VALUES = wrongValues();

    private final String baseUrl;
    private final String token;
    private final List<String> failures = new ArrayList<>();
    private int requests;

    MalformedInputProbe(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    private static List<JsonNode> wrongValues() {
        try {
            return List.of(JSON.readTree("null"), JSON.readTree("{}"), JSON.readTree("[]"), JSON.readTree("true"),
                    JSON.readTree("-1"), JSON.readTree("1e308"), JSON.readTree("\"x\""),
                    JSON.readTree("\"" + "a".repeat(20_000) + "\""), JSON.readTree("\"\\u0007\""));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Probes every operation; answers the failures, one line each. */
    List<String> run() throws JsonProcessingException {
        JsonNode document = JSON.readTree(given().queryParam("format", "json").when().get(baseUrl + "/q/openapi").asString());
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    probe(method, path.getKey(), operation.getValue());
                }
            }
        }
        return failures;
    }

    int requests() {
        return requests;
    }

    private void probe(String method, String template, JsonNode operation) {
        boolean templated = template.contains("{");
        // Bodies go to the documented example address (an indicator that exists), so they meet the body's rules.
        String plain = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                plain = plain.replace("{" + parameter.path("name").asText() + "}", parameter.path("example").asText("x"));
            }
        }
        plain = plain.replaceAll("\\{[^}]+}", "x");
        for (String value : templated ? PATH_VALUES : List.of("")) {
            call(method, template.replaceAll("\\{[^}]+}", value), null, null);
        }
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                for (String value : QUERY_VALUES) {
                    call(method, plain + "?" + parameter.path("name").asText() + "=" + value, null, null);
                }
            }
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (!content.fieldNames().hasNext()) {
            return;
        }
        String type = content.fieldNames().next();
        for (String body : BODIES) {
            call(method, plain, type, body);
        }
        JsonNode example = example(content.path(type));
        if (example instanceof ObjectNode object) {
            for (Iterator<String> fields = object.fieldNames(); fields.hasNext();) {
                String field = fields.next();
                for (JsonNode wrong : WRONG_VALUES) {
                    ObjectNode changed = object.deepCopy();
                    changed.set(field, wrong);
                    call(method, plain, type, changed.toString());
                }
            }
        }
    }

    /** The operation's documented example body, parsed, or null when it has none that is JSON. */
    private static JsonNode example(JsonNode media) {
        JsonNode example = media.has("example") ? media.get("example")
                : media.path("examples").elements().hasNext() ? media.path("examples").elements().next().path("value") : null;
        if (example == null || example.isMissingNode()) {
            return null;
        }
        if (example.isTextual()) {
            try {
                return JSON.readTree(example.asText());
            } catch (JsonProcessingException e) {
                return null;
            }
        }
        return example;
    }

    private void call(String method, String path, String type, String body) {
        RequestSpecification request = given().auth().oauth2(token).urlEncodingEnabled(false);
        if (type != null) {
            request = request.contentType(type).body(body);
        }
        requests++;
        try {
            Response response = request.when().request(method, baseUrl + path);
            if (response.statusCode() >= 500) {
                String answer = response.asString();
                failures.add(method + " " + path.substring(0, Math.min(path.length(), 120)) + (body == null ? ""
                        : " body " + body.substring(0, Math.min(body.length(), 80))) + " -> " + response.statusCode() + " "
                        + answer.substring(0, Math.min(answer.length(), 200)));
            }
        } catch (RuntimeException e) {
            failures.add(method + " " + path.substring(0, Math.min(path.length(), 120)) + " -> " + e);
        }
    }
}
