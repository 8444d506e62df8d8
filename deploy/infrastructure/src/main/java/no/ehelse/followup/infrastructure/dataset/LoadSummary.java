package no.ehelse.followup.infrastructure.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What loading the dataset did, per kind of record: created, updated, unchanged, and the conflicts. */
public final class LoadSummary {

    /** Per kind: how many records each outcome had. */
    public static final class Counts {
        public int created;
        public int updated;
        public int unchanged;
        public int failed;

        @Override
        public String toString() {
            return created + " created, " + updated + " updated, " + unchanged + " unchanged"
                    + (failed > 0 ? ", " + failed + " FAILED" : "");
        }
    }

    private final Map<String, Counts> kinds = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    void record(String kind, String what, ApiClient.Reply reply) {
        Counts counts = kinds.computeIfAbsent(kind, k -> new Counts());
        if (!reply.succeeded()) {
            counts.failed++;
            conflicts.add(kind + " " + what + ": " + reply.status() + " " + reply.body());
            return;
        }
        switch (reply.outcome() == null ? "" : reply.outcome()) {
            case "CREATED" -> counts.created++;
            case "UNCHANGED" -> counts.unchanged++;
            default -> counts.updated++;
        }
    }

    /** A record the services cannot take, left out on purpose (said in the summary). */
    void skip(String kind, String why) {
        skipped.add(kind + " " + why);
    }

    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    public Map<String, Counts> kinds() {
        return Map.copyOf(kinds);
    }

    public List<String> conflicts() {
        return List.copyOf(conflicts);
    }

    /** Nothing was created or updated: the dataset was loaded before. */
    public boolean changedNothing() {
        return kinds.values().stream().allMatch(c -> c.created == 0 && c.updated == 0 && c.failed == 0);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        kinds.forEach((kind, counts) -> text.append(String.format("      %-14s %s%n", kind, counts)));
        skipped.forEach(skip -> text.append("      skipped: ").append(skip).append('\n'));
        conflicts.forEach(conflict -> text.append("      conflict: ").append(conflict).append('\n'));
        return text.toString();
    }
}
