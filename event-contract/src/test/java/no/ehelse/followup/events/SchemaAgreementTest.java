package no.ehelse.followup.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.ehelse.followup.events.indicator.Goal;
import no.ehelse.followup.events.indicator.Indicator;
import no.ehelse.followup.events.indicator.IndicatorEvents;
import no.ehelse.followup.events.indicator.Measurement;
import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Edition;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.events.roadmap.SubGoal;

/**
 * The records are what producers serialise and the JSON Schemas are what partners read: they must say the
 * same thing, field for field and all the way down. Each record component has a property of a matching
 * type and each property a component; a primitive is required; an enum's values are the Java constants.
 * No object schema forbids additional properties, since the contract grows by addition and an older
 * consumer must keep accepting a newer producer's events.
 */
class SchemaAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> payloads() {
        return Stream.of(
                Arguments.of("event-envelope", null, EventEnvelope.class),
                Arguments.of(Topics.INDICATOR_EVENTS, IndicatorEvents.GOAL, Goal.class),
                Arguments.of(Topics.INDICATOR_EVENTS, IndicatorEvents.INDICATOR, Indicator.class),
                Arguments.of(Topics.INDICATOR_EVENTS, IndicatorEvents.MEASUREMENT, Measurement.class),
                Arguments.of(Topics.INITIATIVE_EVENTS, InitiativeEvents.INITIATIVE, Initiative.class),
                Arguments.of(Topics.INITIATIVE_EVENTS, InitiativeEvents.STATUS_REPORT, StatusReport.class),
                Arguments.of(Topics.ROADMAP_EVENTS, RoadmapEvents.SUB_GOAL, SubGoal.class),
                Arguments.of(Topics.ROADMAP_EVENTS, RoadmapEvents.DELIVERY, Delivery.class),
                Arguments.of(Topics.ROADMAP_EVENTS, RoadmapEvents.EDITION, Edition.class));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("payloads")
    void recordAndSchemaAgree(String file, String aggregateType, Class<?> type) throws IOException {
        JsonNode document = read(file);
        JsonNode schema = aggregateType == null ? document : document.path("$defs").path(aggregateType);
        assertTrue(schema.isObject(), file + " defines " + aggregateType);
        List<String> disagreements = new ArrayList<>();
        compare(document, schema, type, type.getSimpleName(), disagreements);
        assertEquals(List.of(), disagreements);
    }

    private static void compare(JsonNode document, JsonNode schema, Type type, String path, List<String> out) {
        schema = resolve(document, schema);
        Class<?> raw = raw(type);
        if (raw == JsonNode.class) {
            return; // the envelope's payload: checked against its aggregate type's definition above
        }
        if (raw.isRecord()) {
            compareRecord(document, schema, raw, path, out);
        } else if (List.class.isAssignableFrom(raw)) {
            expect(schema, "array", path, out);
            compare(document, schema.path("items"), ((ParameterizedType) type).getActualTypeArguments()[0], path + "[]", out);
        } else if (raw.isEnum()) {
            Set<String> constants = new TreeSet<>(Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
            Set<String> values = new TreeSet<>();
            schema.path("enum").forEach(value -> {
                if (!value.isNull()) {
                    values.add(value.asText());
                }
            });
            // A schema may narrow a field to some of the constants (a delivery's nationalPhase is phase 1 or 2).
            if (values.isEmpty() || !constants.containsAll(values)) {
                out.add(path + ": enum " + values + " in the schema, " + constants + " in " + raw.getSimpleName());
            }
        } else {
            expect(schema, jsonType(raw), path, out);
            String format = raw == LocalDate.class ? "date" : raw == Instant.class ? "date-time" : null;
            if (format != null && schema.has("format") && !format.equals(schema.path("format").asText())) {
                out.add(path + ": format " + schema.path("format").asText() + ", expected " + format);
            }
        }
    }

    private static void compareRecord(JsonNode document, JsonNode schema, Class<?> raw, String path, List<String> out) {
        expect(schema, "object", path, out);
        if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean()) {
            out.add(path + ": forbids additional properties, so the contract could not grow by addition");
        }
        JsonNode properties = schema.path("properties");
        Set<String> components = new TreeSet<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            String name = component.getName();
            components.add(name);
            if (!properties.has(name)) {
                out.add(path + "." + name + ": in " + raw.getSimpleName() + " but not in the schema");
                continue;
            }
            if (component.getType().isPrimitive() && !contains(schema.path("required"), name)) {
                out.add(path + "." + name + ": never null (" + component.getType() + ") but not required");
            }
            compare(document, properties.path(name), component.getGenericType(), path + "." + name, out);
        }
        properties.fieldNames().forEachRemaining(name -> {
            if (!components.contains(name)) {
                out.add(path + "." + name + ": in the schema but not in " + raw.getSimpleName());
            }
        });
        schema.path("required").forEach(name -> {
            if (!components.contains(name.asText())) {
                out.add(path + "." + name.asText() + ": required but not in " + raw.getSimpleName());
            }
        });
    }

    private static void expect(JsonNode schema, String jsonType, String path, List<String> out) {
        if (!schema.has("type") && schema.has("enum")) {
            boolean allOfType = true;
            for (JsonNode value : schema.path("enum")) {
                allOfType &= value.isNull() || (jsonType.equals("integer") ? value.isIntegralNumber()
                        : jsonType.equals("number") ? value.isNumber() : jsonType.equals("string") && value.isTextual());
            }
            if (!allOfType) {
                out.add(path + ": enum " + schema.path("enum") + " in the schema, " + jsonType + " in the record");
            }
            return;
        }
        JsonNode type = schema.path("type");
        boolean matches = type.isTextual() ? type.asText().equals(jsonType) || widens(type.asText(), jsonType)
                : contains(type, jsonType) || (jsonType.equals("integer") && contains(type, "number"));
        if (!matches) {
            out.add(path + ": type " + type + " in the schema, " + jsonType + " in the record");
        }
    }

    private static boolean widens(String schemaType, String jsonType) {
        return schemaType.equals("number") && jsonType.equals("integer");
    }

    private static String jsonType(Class<?> raw) {
        if (raw == String.class || raw == LocalDate.class || raw == Instant.class || raw == UUID.class) {
            return "string";
        }
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            return "integer";
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            return "number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        throw new IllegalArgumentException("No JSON type for " + raw + ": extend the test when the contract uses it");
    }

    /** Follows references, and reads "X or null" (anyOf / oneOf with a null branch) as X. */
    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        while (true) {
            if (schema.has("$ref")) {
                String ref = schema.path("$ref").asText();
                schema = document.at(ref.substring(ref.indexOf('#') + 1));
                continue;
            }
            JsonNode alternatives = schema.has("anyOf") ? schema.path("anyOf") : schema.path("oneOf");
            List<JsonNode> notNull = new ArrayList<>();
            alternatives.forEach(alternative -> {
                if (!"null".equals(alternative.path("type").asText())) {
                    notNull.add(alternative);
                }
            });
            if (alternatives.isArray() && notNull.size() == 1) {
                schema = notNull.get(0);
                continue;
            }
            return schema;
        }
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = SchemaAgreementTest.class.getResourceAsStream("/schema/" + file + ".schema.json")) {
            return JSON.readTree(in);
        }
    }
}
