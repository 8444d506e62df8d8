package no.ehelse.followup.reporting.consumer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import no.ehelse.followup.events.EventEnvelope;
import no.ehelse.followup.platform.events.EventSchemas;

/**
 * Reads envelopes and payloads: a record that breaks the contract's JSON Schema, or cannot be read as
 * its type, is poison. Fields added by a newer producer are ignored (the schema evolves by addition).
 */
@ApplicationScoped
public class EventPayloads {

    private final ObjectMapper json;

    @Inject
    public EventPayloads(ObjectMapper json) {
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * @return the record as an envelope whose payload keeps its topic's JSON Schema
     * @throws PoisonEventException when it is not JSON, or breaks the schema
     */
    EventEnvelope envelope(String topic, String record) {
        if (record == null) {
            throw new PoisonEventException("an empty record", null);
        }
        try {
            JsonNode tree = json.readTree(record);
            List<String> violations = tree == null ? List.of("empty record") : EventSchemas.violations(topic, tree);
            if (!violations.isEmpty()) {
                throw new PoisonEventException("breaks the event contract: " + String.join("; ", violations), null);
            }
            return json.treeToValue(tree, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not an event envelope: " + e.getOriginalMessage(), e);
        }
    }

    public <T> T read(EventEnvelope event, Class<T> type) {
        JsonNode payload = event.payload();
        try {
            ObjectReader reader = json.readerFor(type);
            return reader.readValue(payload);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " payload is not a valid " + type.getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }
}
