package no.ehelse.followup.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.ehelse.followup.platform.web.StrictJson;

/** Text with a control character is refused wherever it sits in the body, and the problem names where. */
class ControlCharacterTest {

    record Note(String title, List<String> tags, Inner inner) {
    }

    record Inner(String text) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private InputRejection refused(String json) {
        return assertThrows(InputRejection.class, () -> mapper.readValue(json, Note.class));
    }

    @Test
    void nulInAFieldIsNamedWithItsPath() {
        InputRejection e = refused("{\"title\": \"a\\u0000b\"}");
        assertEquals("title", ProblemResponses.pathOf(e));
        assertTrue(e.getOriginalMessage().contains("U+0000 at position 2"), e.getOriginalMessage());
    }

    @Test
    void nestedAndListedTextIsCheckedToo() {
        assertEquals("inner.text", ProblemResponses.pathOf(refused("{\"inner\": {\"text\": \"\\u001b[31m\"}}")));
        assertEquals("tags[1]", ProblemResponses.pathOf(refused("{\"tags\": [\"ok\", \"bell\\u0007\"]}")));
        assertEquals("title", ProblemResponses.pathOf(refused("{\"title\": \"c1 \\u0085\"}")));
        assertTrue(refused("{\"title\": \"\\ud800 alone\"}").getOriginalMessage().contains("unpaired surrogate"));
    }

    @Test
    void tabsLineBreaksAndOtherScriptsAreText() throws Exception {
        Note note = mapper.readValue("{\"title\": \"Linje 1\\r\\nLinje 2\\tæøå \\ud83d\\ude00\", \"tags\": [\"x\"]}",
                Note.class);
        assertEquals("Linje 1\r\nLinje 2\tæøå \uD83D\uDE00", note.title());
        Map<String, String> map = mapper.readValue("{\"k\": \"v\"}", new TypeReference<Map<String, String>>() { });
        assertEquals("v", map.get("k"));
    }
}
