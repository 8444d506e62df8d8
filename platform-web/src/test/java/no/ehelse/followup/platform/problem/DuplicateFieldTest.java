package no.ehelse.followup.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.ehelse.followup.platform.web.StrictJson;

/** A field given twice is named by its whole path, however deep the parser found it. */
class DuplicateFieldTest {

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private String duplicateIn(String json) {
        JsonParseException e = assertThrows(JsonParseException.class, () -> mapper.readTree(json));
        return ProblemResponses.duplicateField(e);
    }

    @Test
    void namesTheFieldAtEveryDepth() {
        assertEquals("value", duplicateIn("{\"value\": 1, \"value\": 2}"));
        assertEquals("unit.kind", duplicateIn("{\"unit\": {\"kind\": \"SHARE\", \"kind\": \"COUNT\"}}"));
        assertEquals("targets[1].year", duplicateIn("{\"targets\": [{\"year\": 1}, {\"year\": 2, \"year\": 3}]}"));
        assertEquals("[0].period", duplicateIn("[{\"period\": \"2024\", \"period\": \"2025\"}]"));
    }

    @Test
    void anotherSyntaxErrorIsNoDuplicate() {
        assertNull(duplicateIn("{\"value\": 1,, }"));
    }
}
