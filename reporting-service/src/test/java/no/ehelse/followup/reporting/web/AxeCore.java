package no.ehelse.followup.reporting.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.JavascriptExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * axe-core, fetched from the npm registry into target/ on first use (never committed), run in the page
 * with the WCAG 2.0/2.1 A and AA rules.
 */
public final class AxeCore {

    private static final String VERSION = "4.10.3";
    private static final Path PREFIX = Path.of("target", "axe-core").toAbsolutePath();
    private static final Path SCRIPT = PREFIX.resolve("node_modules/axe-core/axe.min.js");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String source;

    private AxeCore() {
    }

    private static synchronized String source() throws IOException, InterruptedException {
        if (source == null) {
            if (!Files.isRegularFile(SCRIPT)) {
                Files.createDirectories(PREFIX);
                Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix",
                        PREFIX.toString(), "axe-core@" + VERSION).redirectErrorStream(true)
                        .redirectOutput(PREFIX.resolve("npm.log").toFile()).start();
                if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(SCRIPT)) {
                    throw new IllegalStateException("npm could not fetch axe-core@" + VERSION + " into " + PREFIX);
                }
            }
            source = Files.readString(SCRIPT);
        }
        return source;
    }

    /** The WCAG 2.1 AA violations on the page now, each as "rule: help (first elements)". */
    public static List<String> violations(JavascriptExecutor page) throws IOException, InterruptedException {
        page.executeScript(source());
        String result = (String) page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(r => done(JSON.stringify(r.violations.map(v => ({ id: v.id, help: v.help,
                    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')) })))))
                  .catch(e => done(JSON.stringify([{ id: 'axe-error', help: String(e), nodes: [] }])));""");
        JsonNode violations = JSON.readTree(result);
        return java.util.stream.StreamSupport.stream(violations.spliterator(), false)
                .map(v -> v.get("id").asText() + ": " + v.get("help").asText() + " " + v.get("nodes")).toList();
    }
}
