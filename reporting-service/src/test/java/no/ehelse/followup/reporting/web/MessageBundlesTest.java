package no.ehelse.followup.reporting.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bokmål and nynorsk are both complete: the two bundles have the same keys, no empty text, the same
 * placeholders per message, and every key the pages ask for with a literal is in them.
 */
class MessageBundlesTest {

    private static final String DASHBOARD = "META-INF/resources/dashboard/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static Map<String, String> bundle(String language) throws IOException {
        try (InputStream in = resource("i18n/" + language + ".json")) {
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() { });
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(DASHBOARD + name);
        assertTrue(in != null, name + " is missing");
        return in;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Test
    void bokmalAndNynorskHaveTheSameKeysAndPlaceholders() throws IOException {
        Map<String, String> nb = bundle("nb");
        Map<String, String> nn = bundle("nn");
        assertEquals(new TreeSet<>(nb.keySet()), new TreeSet<>(nn.keySet()));
        nb.forEach((key, text) -> {
            assertTrue(!text.isBlank() && !nn.get(key).isBlank(), key + " is empty in one of the bundles");
            assertEquals(placeholders(text), placeholders(nn.get(key)), key);
        });
    }

    @Test
    void everyLiteralKeyOfThePagesIsInTheBundles() throws IOException {
        Map<String, String> nb = bundle("nb");
        Pattern call = Pattern.compile("\\bt\\('([A-Za-z0-9.]+[A-Za-z0-9])'");
        Pattern attribute = Pattern.compile("data-i18n(?:-label)?=\"([^\"]+)\"");
        TreeSet<String> missing = new TreeSet<>();
        for (String file : new String[] { "app.js", "charts.js", "index.html", "signed-out.html" }) {
            String source;
            try (InputStream in = resource(file)) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (Pattern pattern : new Pattern[] { call, attribute }) {
                Matcher matcher = pattern.matcher(source);
                while (matcher.find()) {
                    if (!nb.containsKey(matcher.group(1))) {
                        missing.add(file + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(), missing);
    }
}
