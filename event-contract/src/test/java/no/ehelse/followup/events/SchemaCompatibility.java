package no.ehelse.followup.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a consumer written against one JSON Schema still reads every event valid under another: the
 * newer schema may add optional properties, widen types and enums and loosen nothing else. Reports each
 * break with its JSON pointer.
 * <p>
 * Written here because no maintained JSON Schema compatibility checker resolves from this project's
 * Maven repository (Confluent's is not on Maven Central; Apicurio's schema utilities do not resolve),
 * and the rules the contract needs are few.
 */
final class SchemaCompatibility {

    /** Constraints whose change may narrow what is valid; any change of them counts as a break. */
    private static final List<String> CONSTRAINTS = List.of("const", "pattern", "format", "minimum", "maximum",
            "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "$ref");

    private SchemaCompatibility() {
    }

    /** @return every break between the released and the current schema; empty when the current one is compatible */
    static List<String> breaks(JsonNode released, JsonNode current) {
        List<String> breaks = new ArrayList<>();
        compare("", released, current, breaks);
        return breaks;
    }

    private static void compare(String path, JsonNode released, JsonNode current, List<String> breaks) {
        if (current == null || current.isMissingNode()) {
            breaks.add(path + ": removed");
            return;
        }
        if (!released.isObject() || !current.isObject()) {
            return;
        }
        Set<String> releasedTypes = types(released);
        Set<String> currentTypes = types(current);
        if (!releasedTypes.isEmpty() && !currentTypes.containsAll(releasedTypes) && !currentTypes.isEmpty()) {
            breaks.add(path + ": type narrowed from " + releasedTypes + " to " + currentTypes);
        } else if (releasedTypes.isEmpty() && !currentTypes.isEmpty() && !released.has("$ref") && !released.has("enum")
                && !released.has("oneOf") && !released.has("anyOf") && !released.has("const")) {
            breaks.add(path + ": type restricted to " + currentTypes);
        }
        if (released.has("enum")) {
            Set<JsonNode> allowed = new HashSet<>();
            current.path("enum").forEach(allowed::add);
            released.path("enum").forEach(value -> {
                if (current.has("enum") && !allowed.contains(value)) {
                    breaks.add(path + ": enum value " + value + " removed");
                }
            });
        } else if (current.has("enum")) {
            breaks.add(path + ": restricted to an enum");
        }
        for (String constraint : CONSTRAINTS) {
            if (!released.path(constraint).equals(current.path(constraint))) {
                breaks.add(path + ": " + constraint + " changed from " + released.path(constraint) + " to "
                        + current.path(constraint));
            }
        }
        Set<String> releasedRequired = strings(released.path("required"));
        for (String required : strings(current.path("required"))) {
            if (!releasedRequired.contains(required)) {
                breaks.add(path + ": property " + required + " became required");
            }
        }
        for (String closing : List.of("additionalProperties", "unevaluatedProperties")) {
            if (current.path(closing).isBoolean() && !current.path(closing).asBoolean()
                    && !(released.path(closing).isBoolean() && !released.path(closing).asBoolean())) {
                breaks.add(path + ": " + closing + " closed");
            }
        }
        for (String keyed : List.of("properties", "$defs", "definitions")) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = released.path(keyed).fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(path + "/" + keyed + "/" + field.getKey(), field.getValue(), current.path(keyed).get(field.getKey()),
                        breaks);
            }
        }
        for (String single : List.of("items", "additionalProperties", "not", "if", "then", "else")) {
            if (released.path(single).isObject()) {
                compare(path + "/" + single, released.get(single), current.get(single), breaks);
            }
        }
        for (String list : List.of("oneOf", "anyOf", "allOf", "prefixItems")) {
            JsonNode releasedList = released.path(list);
            for (int i = 0; i < releasedList.size(); i++) {
                compare(path + "/" + list + "/" + i, releasedList.get(i), current.path(list).get(i), breaks);
            }
            if (list.equals("allOf") && current.path(list).size() > releasedList.size()) {
                breaks.add(path + ": allOf gained a subschema");
            }
        }
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isArray() ? strings(type) : type.isTextual() ? Set.of(type.asText()) : Set.of();
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
