package no.ehelse.followup.infrastructure.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import no.ehelse.followup.rules.organisation.OrganisationNumber;

/** The dataset is valid against its schemas, and its references hold together. */
class DatasetTest {

    private static final Path DATASET = Path.of(System.getProperty("followup.dataset", "../dataset"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(DATASET.resolve(file).toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = { "actors", "goals", "indicators", "initiatives", "roadmap" })
    void everyFileValidatesAgainstItsSchema(String name) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DATASET.resolve("schema/" + name + ".schema.json")));
        Set<ValidationMessage> errors = schema.validate(read(name + ".json"));
        assertTrue(errors.isEmpty(), () -> name + ".json: " + errors);
    }

    @Test
    void theExampleStatusReportsAreMarkedAsExamplesAndNameRealInitiativesAndOwners() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DATASET.resolve("schema/example-status-reports.schema.json")));
        JsonNode examples = read("examples/status-reports.json");
        Set<ValidationMessage> errors = schema.validate(examples);
        assertTrue(errors.isEmpty(), () -> "examples/status-reports.json: " + errors);
        JsonNode unmarked = JSON.readTree("""
                {"examples": true, "statusReports": [{"initiativeId": "2.B", "period": "2026T2", "overallStatus": "RED",
                 "summary": "Forsinket"}]}""");
        assertFalse(schema.validate(unmarked).isEmpty(), "a summary not marked EKSEMPEL is refused");

        Map<String, Set<String>> owners = new HashMap<>();
        for (JsonNode initiative : read("initiatives.json").path("initiatives")) {
            Set<String> ids = new HashSet<>();
            initiative.path("owners").forEach(owner -> ids.add(owner.asText()));
            owners.put(initiative.path("id").asText(), ids);
        }
        for (JsonNode report : examples.path("statusReports")) {
            String initiative = report.path("initiativeId").asText();
            assertTrue(owners.containsKey(initiative), () -> "unknown initiative in " + report);
            assertTrue(!report.has("owner") || owners.get(initiative).contains(report.path("owner").asText()),
                    () -> "not an owner: " + report);
        }
    }

    @Test
    void theSchemasRejectWhatTheyShould() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DATASET.resolve("schema/goals.schema.json")));
        JsonNode broken = JSON.readTree("{\"goals\": [{\"id\": \"9\", \"kind\": \"TACTICAL\", \"name\": \"\"}]}");
        assertFalse(schema.validate(broken).isEmpty());
    }

    @Test
    void everyReferenceResolves() throws IOException {
        Set<String> actors = new HashSet<>();
        for (JsonNode actor : read("actors.json").path("actors")) {
            actors.add(actor.path("id").asText());
            JsonNode orgnr = actor.path("orgnr");
            assertTrue(orgnr.isNull() || OrganisationNumber.isValid(orgnr.asText()), () -> "orgnr of " + actor);
        }
        read("roadmap.json").path("additionalActors").forEach(a -> actors.add(a.path("id").asText()));
        Set<String> goals = ids(read("goals.json").path("goals"));

        Set<String> indicators = new HashSet<>();
        for (JsonNode indicator : read("indicators.json").path("indicators")) {
            assertTrue(goals.contains(indicator.path("goalId").asText()), () -> "goal of " + indicator.path("id"));
            String parent = indicator.path("parentId").asText(null);
            assertTrue(parent == null || indicators.contains(parent), () -> "parent defined before " + indicator.path("id"));
            indicator.path("reporters").forEach(r -> assertTrue(actors.contains(r.asText()), () -> "reporter " + r));
            indicators.add(indicator.path("id").asText());
        }
        read("indicators.json").path("measurements")
                .forEach(m -> assertTrue(indicators.contains(m.path("indicatorId").asText()), () -> "measured " + m));

        JsonNode roadmap = read("roadmap.json");
        Set<String> subGoals = ids(roadmap.path("subGoals"));
        Set<String> deliveries = ids(roadmap.path("deliveries"));
        for (JsonNode initiative : read("initiatives.json").path("initiatives")) {
            initiative.path("owners").forEach(o -> assertTrue(actors.contains(o.asText()), () -> "owner " + o));
            initiative.path("relatedIndicatorIds").forEach(i -> assertTrue(indicators.contains(i.asText()), () -> "indicator " + i));
            initiative.path("relatedSubGoalIds").forEach(s -> assertTrue(subGoals.contains(s.asText()), () -> "sub-goal " + s));
        }
        for (JsonNode delivery : roadmap.path("deliveries")) {
            assertTrue(subGoals.contains(delivery.path("subGoalId").asText()), () -> "sub-goal of " + delivery.path("id"));
            delivery.path("participants").forEach(p -> assertTrue(actors.contains(p.asText()), () -> "participant " + p));
            String owner = delivery.path("nationalOwner").asText(null);
            assertTrue(owner == null || actors.contains(owner), () -> "owner " + owner);
        }
        roadmap.path("milestones").forEach(m -> assertTrue(deliveries.contains(m.path("deliveryId").asText())));
        roadmap.path("progressFacts").forEach(p -> assertTrue(deliveries.contains(p.path("deliveryId").asText())));
    }

    @Test
    void theStrategyIsComplete() throws IOException {
        assertEquals(8, read("goals.json").path("goals").size());
        Set<String> indicators = ids(read("indicators.json").path("indicators"));
        for (String id : List.of("1.1", "1.6", "2.3", "3.2", "4.2.1", "4.2.6", "5.1", "5.4")) {
            assertTrue(indicators.contains(id), id);
        }
        assertEquals(18, read("initiatives.json").path("initiatives").size());
        List<String> prioritised = java.util.stream.StreamSupport.stream(read("roadmap.json").path("deliveries").spliterator(), false)
                .filter(d -> d.path("prioritised").asBoolean())
                .sorted(java.util.Comparator.comparingInt(d -> d.path("priorityRank").asInt()))
                .map(d -> d.path("id").asText())
                .collect(Collectors.toList());
        assertEquals(List.of("pasientens-legemiddelliste", "pasientens-journaldokumenter", "pasientens-provesvar",
                "pasientens-kritiske-informasjon", "pasientens-maledata"), prioritised);
    }

    private static Set<String> ids(JsonNode items) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
