package no.ehelse.followup.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.ehelse.followup.events.indicator.IndicatorEvents;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.roadmap.RoadmapEvents;

/**
 * The schema compatibility gate: each current schema against its latest release in {@code released/}.
 * A break fails the build unless the schema's version is raised and the change documented in
 * {@code CHANGELOG.md}; see {@code released/README.md}.
 */
class SchemaCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CURRENT = Path.of("src/main/resources/schema");
    private static final Path RELEASED = Path.of("released");

    static Stream<Arguments> schemas() {
        return Stream.of(
                Arguments.of("event-envelope", null),
                Arguments.of(Topics.INDICATOR_EVENTS, IndicatorEvents.SCHEMA_VERSION),
                Arguments.of(Topics.INITIATIVE_EVENTS, InitiativeEvents.SCHEMA_VERSION),
                Arguments.of(Topics.ROADMAP_EVENTS, RoadmapEvents.SCHEMA_VERSION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void everyChangeSinceTheLatestReleaseIsCompatibleOrTheVersionIsRaisedAndDocumented(String name,
            Integer producedVersion) throws IOException {
        JsonNode current = JSON.readTree(CURRENT.resolve(name + ".schema.json").toFile());
        int version = version(current);
        if (producedVersion != null) {
            assertEquals(producedVersion, version, name + ": the producers' schemaVersion is the schema's $id version");
        }
        int releasedVersion = latestRelease(name);
        JsonNode released = JSON.readTree(RELEASED.resolve(name + "-" + releasedVersion + ".schema.json").toFile());
        assertTrue(version >= releasedVersion, name + ": version " + version + " is below the released " + releasedVersion);
        if (version == releasedVersion) {
            assertEquals(List.of(), SchemaCompatibility.breaks(released, current), name + " " + version
                    + " breaks consumers of its release: raise its version and document the change in CHANGELOG.md");
        } else {
            assertTrue(Files.readString(Path.of("CHANGELOG.md")).contains("## " + name + " " + version),
                    name + " " + version + " is raised but not described in CHANGELOG.md");
        }
    }

    @Test
    void theGateCatchesEachKindOfBreak() throws IOException {
        JsonNode released = JSON.readTree("""
                {"type": "object", "required": ["id"], "properties": {
                  "id": {"type": "string", "pattern": "^[0-9]+$"},
                  "kind": {"enum": ["A", "B"]},
                  "note": {"type": ["string", "null"]},
                  "size": {"type": "object", "properties": {"value": {"type": "number"}}}}}""");
        Map<String, String> breaking = Map.of(
                "a removed field", """
                        {"type": "object", "required": ["id"], "properties": {
                          "id": {"type": "string", "pattern": "^[0-9]+$"}, "kind": {"enum": ["A", "B"]},
                          "size": {"type": "object", "properties": {"value": {"type": "number"}}}}}""",
                "a narrowed type", """
                        {"type": "object", "required": ["id"], "properties": {
                          "id": {"type": "string", "pattern": "^[0-9]+$"}, "kind": {"enum": ["A", "B"]},
                          "note": {"type": "string"}, "size": {"type": "object", "properties": {"value": {"type": "number"}}}}}""",
                "a new required field", """
                        {"type": "object", "required": ["id", "note"], "properties": {
                          "id": {"type": "string", "pattern": "^[0-9]+$"}, "kind": {"enum": ["A", "B"]},
                          "note": {"type": ["string", "null"]}, "size": {"type": "object", "properties": {"value": {"type": "number"}}}}}""",
                "a removed enum value", """
                        {"type": "object", "required": ["id"], "properties": {
                          "id": {"type": "string", "pattern": "^[0-9]+$"}, "kind": {"enum": ["A"]},
                          "note": {"type": ["string", "null"]}, "size": {"type": "object", "properties": {"value": {"type": "number"}}}}}""",
                "a changed pattern", """
                        {"type": "object", "required": ["id"], "properties": {
                          "id": {"type": "string", "pattern": "^[0-9]{2}$"}, "kind": {"enum": ["A", "B"]},
                          "note": {"type": ["string", "null"]}, "size": {"type": "object", "properties": {"value": {"type": "number"}}}}}""",
                "a renamed nested field", """
                        {"type": "object", "required": ["id"], "properties": {
                          "id": {"type": "string", "pattern": "^[0-9]+$"}, "kind": {"enum": ["A", "B"]},
                          "note": {"type": ["string", "null"]}, "size": {"type": "object", "properties": {"amount": {"type": "number"}}}}}""",
                "a closed object", """
                        {"type": "object", "required": ["id"], "additionalProperties": false, "properties": {
                          "id": {"type": "string", "pattern": "^[0-9]+$"}, "kind": {"enum": ["A", "B"]},
                          "note": {"type": ["string", "null"]}, "size": {"type": "object", "properties": {"value": {"type": "number"}}}}}""");
        for (Map.Entry<String, String> change : breaking.entrySet()) {
            assertEquals(1, SchemaCompatibility.breaks(released, JSON.readTree(change.getValue())).size(),
                    change.getKey() + " is one break");
        }
        assertEquals(List.of(), SchemaCompatibility.breaks(released, JSON.readTree("""
                {"type": "object", "required": ["id"], "properties": {
                  "id": {"type": "string", "pattern": "^[0-9]+$"}, "kind": {"enum": ["A", "B", "C"]},
                  "note": {"type": ["string", "null", "number"]}, "added": {"type": "string"},
                  "size": {"type": "object", "properties": {"value": {"type": "number"}, "unit": {"type": "string"}}}}}""")),
                "added optional fields, a wider enum and a wider type break nothing");
    }

    private static int version(JsonNode schema) {
        String id = schema.path("$id").asText();
        return Integer.parseInt(id.substring(id.lastIndexOf(':') + 1));
    }

    private static int latestRelease(String name) throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.startsWith(name + "-") && file.endsWith(".schema.json"))
                    .mapToInt(file -> Integer.parseInt(file.substring(name.length() + 1, file.length() - ".schema.json".length())))
                    .max()
                    .orElseThrow(() -> new AssertionError(name + " has no release in " + RELEASED));
        }
    }
}
