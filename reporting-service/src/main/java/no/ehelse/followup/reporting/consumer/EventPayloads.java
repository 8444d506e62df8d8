package no.ehelse.followup.reporting.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import no.ehelse.followup.contract.event.EventEnvelope;

/**
 * Reads envelopes and payloads tolerantly: fields added by a newer producer are ignored (the
 * schema evolves by addition), while a payload that cannot be read as its type is poison.
 */
@ApplicationScoped
public class EventPayloads {

    private final ObjectMapper json;

    @Inject
    public EventPayloads(ObjectMapper json) {
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    EventEnvelope envelope(String record) throws JsonProcessingException {
        return json.readValue(record, EventEnvelope.class);
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
