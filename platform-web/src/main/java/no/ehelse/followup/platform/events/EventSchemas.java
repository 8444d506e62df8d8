package no.ehelse.followup.platform.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The contract's JSON Schemas as a check: the envelope against {@code schema/event-envelope.schema.json},
 * and its payload against {@code schema/<topic>.schema.json#/$defs/<aggregateType>}. Producers' tests
 * hold their events to it; the reporting consumer refuses what breaks it.
 */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /**
     * @return what is wrong with the event, one message per violation; empty when it keeps the contract.
     *         The payload of an aggregate type the topic's schema does not define (yet) is not checked:
     *         the contract grows by addition.
     */
    public static List<String> violations(String topic, JsonNode event) {
        List<String> envelope = check(schema("classpath:schema/event-envelope.schema.json"), event);
        String aggregateType = event.path("aggregateType").asText();
        if (!envelope.isEmpty() || !schema("classpath:schema/" + topic + ".schema.json").getSchemaNode().path("$defs")
                .has(aggregateType)) {
            return envelope;
        }
        return check(schema("classpath:schema/" + topic + ".schema.json#/$defs/" + aggregateType), event.path("payload"));
    }

    private static JsonSchema schema(String location) {
        return SCHEMAS.computeIfAbsent(location, l -> FACTORY.getSchema(SchemaLocation.of(l)));
    }

    private static List<String> check(JsonSchema schema, JsonNode node) {
        return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
