package no.ehelse.followup.testsupport;

import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks a published event against the contract's JSON Schemas: the envelope, and its payload
 * against {@code schema/<topic>.schema.json#/$defs/<aggregateType>}.
 */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventSchemas() {
    }

    public static void assertValid(String topic, JsonNode event) {
        check("envelope", schema("classpath:schema/event-envelope.schema.json"), event);
        String aggregateType = event.path("aggregateType").asText();
        check(aggregateType + " payload", schema("classpath:schema/" + topic + ".schema.json#/$defs/" + aggregateType),
                event.path("payload"));
    }

    private static JsonSchema schema(String location) {
        return FACTORY.getSchema(SchemaLocation.of(location));
    }

    private static void check(String what, JsonSchema schema, JsonNode node) {
        Set<ValidationMessage> errors = schema.validate(node);
        if (!errors.isEmpty()) {
            throw new AssertionError("The " + what + " breaks its JSON Schema: "
                    + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")) + "\n" + node);
        }
    }
}
