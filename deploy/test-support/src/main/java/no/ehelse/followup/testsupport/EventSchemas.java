package no.ehelse.followup.testsupport;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Holds a published event to the contract's JSON Schemas, as a test assertion. */
public final class EventSchemas {

    private EventSchemas() {
    }

    public static void assertValid(String topic, JsonNode event) {
        List<String> violations = no.ehelse.followup.platform.events.EventSchemas.violations(topic, event);
        if (!violations.isEmpty()) {
            throw new AssertionError("The event breaks its JSON Schema: " + String.join("; ", violations) + "\n" + event);
        }
    }
}
