package no.ehelse.followup.testsupport;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The OpenAPI document a service publishes at {@code /q/openapi}, read as integration partners read it. */
public final class OpenApiDocument {

    private final JsonNode document;

    private OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    /** Fetches the running service's document. */
    public static OpenApiDocument published() {
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        try {
            return new OpenApiDocument(new ObjectMapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new AssertionError("/q/openapi is not JSON", e);
        }
    }

    public JsonNode json() {
        return document;
    }

    public JsonNode paths() {
        return document.path("paths");
    }

    /**
     * Asserts that the API under {@code /api/v1/} has exactly the expected number of operations (a new
     * one is noticed and documented) and that each description begins by stating the role it requires.
     */
    public void assertEveryOperationStatesItsRole(int expectedOperations) {
        List<String> operations = operations("/api/v1/");
        if (operations.size() != expectedOperations) {
            throw new AssertionError("expected " + expectedOperations + " operations under /api/v1/, found "
                    + operations.size() + ": " + operations);
        }
        List<String> without = operationsNotStatingTheirRole("/api/v1/");
        if (!without.isEmpty()) {
            throw new AssertionError("operations whose description does not state the required role: " + without);
        }
    }

    /** Each operation under {@code prefix} as "METHOD /path". */
    private List<String> operations(String prefix) {
        List<String> operations = new ArrayList<>();
        forEachOperation(prefix, (name, operation) -> operations.add(name));
        return operations;
    }

    /** The operations under {@code prefix} whose description does not begin by stating the role it requires. */
    private List<String> operationsNotStatingTheirRole(String prefix) {
        List<String> without = new ArrayList<>();
        forEachOperation(prefix, (name, operation) -> {
            if (!operation.path("description").asText().startsWith("Requires ")) {
                without.add(name);
            }
        });
        return without;
    }

    private void forEachOperation(String prefix, java.util.function.BiConsumer<String, JsonNode> action) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = paths().fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(prefix)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (method.getValue().has("responses")) {
                    action.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                }
            }
        }
    }
}
