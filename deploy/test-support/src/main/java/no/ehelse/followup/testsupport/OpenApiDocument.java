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

    /** Each operation under {@code prefix} as "METHOD /path". */
    public List<String> operations(String prefix) {
        List<String> operations = new ArrayList<>();
        forEachOperation(prefix, (name, operation) -> operations.add(name));
        return operations;
    }

    /** The operations under {@code prefix} whose description does not begin by stating the role it requires. */
    public List<String> operationsNotStatingTheirRole(String prefix) {
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
