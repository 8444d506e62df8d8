package no.ehelse.followup.infrastructure.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.ehelse.followup.infrastructure.SuiteService;

/**
 * Loads the national strategy's dataset ({@code deploy/dataset}) through the services' own REST APIs
 * as the admin client. Every write is idempotent (PUT of a definition, a measurement with the same
 * values), so loading twice changes nothing. Actor ids in the dataset become organisations: an
 * organisation number and a name.
 */
public final class DatasetLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Function<SuiteService, ApiClient> clients;
    private final Map<String, JsonNode> actors = new HashMap<>();

    public DatasetLoader(Path directory, Function<SuiteService, String> baseUrls, Supplier<String> adminToken) {
        this.directory = directory;
        this.clients = service -> new ApiClient(baseUrls.apply(service), adminToken);
    }

    public LoadSummary load() {
        LoadSummary summary = new LoadSummary();
        readActors();
        loadIndicators(summary);
        return summary;
    }

    private void readActors() {
        for (JsonNode actor : read("actors.json").path("actors")) {
            actors.put(actor.path("id").asText(), actor);
        }
        for (JsonNode actor : read("roadmap.json").path("additionalActors")) {
            actors.putIfAbsent(actor.path("id").asText(), actor);
        }
    }

    private void loadIndicators(LoadSummary summary) {
        ApiClient indicators = clients.apply(SuiteService.INDICATOR);
        for (JsonNode goal : read("goals.json").path("goals")) {
            ObjectNode body = JSON.createObjectNode()
                    .put("kind", goal.path("kind").asText())
                    .put("name", goal.path("name").asText());
            body.set("description", goal.path("description"));
            String id = goal.path("id").asText();
            summary.record("goals", id, indicators.put("/api/v1/goals/" + id, body));
        }
        JsonNode dataset = read("indicators.json");
        for (JsonNode indicator : dataset.path("indicators")) {
            ObjectNode body = ((ObjectNode) indicator.deepCopy());
            String id = body.remove("id").asText();
            body.set("reporters", organisationNumbers(indicator.path("reporters")));
            summary.record("indicators", id, indicators.put("/api/v1/indicators/" + id, body));
        }
        for (JsonNode measurement : dataset.path("measurements")) {
            ObjectNode body = ((ObjectNode) measurement.deepCopy());
            String id = body.remove("indicatorId").asText();
            summary.record("measurements", id + " " + measurement.path("period").asText(),
                    indicators.post("/api/v1/indicators/" + id + "/measurements", body));
        }
    }

    /** Actor ids as organisation numbers; actors without one cannot report and are left out. */
    private ArrayNode organisationNumbers(JsonNode actorIds) {
        ArrayNode numbers = JSON.createArrayNode();
        for (JsonNode id : actorIds) {
            JsonNode orgnr = actor(id.asText()).path("orgnr");
            if (orgnr.isTextual()) {
                numbers.add(orgnr.asText());
            }
        }
        return numbers;
    }

    /** An actor id as an organisation: its number (null when it has none in the dataset) and name. */
    ObjectNode organisation(String actorId) {
        JsonNode actor = actor(actorId);
        ObjectNode organisation = JSON.createObjectNode();
        organisation.set("organisationNumber", actor.path("orgnr"));
        organisation.put("name", actor.path("name").asText());
        return organisation;
    }

    private JsonNode actor(String id) {
        JsonNode actor = actors.get(id);
        if (actor == null) {
            throw new IllegalStateException("The dataset refers to an unknown actor " + id);
        }
        return actor;
    }

    private JsonNode read(String file) {
        try {
            return JSON.readTree(directory.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + directory.resolve(file), e);
        }
    }
}
