package no.ehelse.followup.infrastructure.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.ehelse.followup.infrastructure.SuiteService;

/**
 * Loads the national strategy's dataset ({@code deploy/dataset}) through the services' own REST APIs
 * as the admin client. Every write is idempotent (PUT of a definition, a measurement with the same
 * values), so loading twice changes nothing. Actor ids in the dataset become organisations: an
 * organisation number and a name.
 */
public final class DatasetLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Function<SuiteService, ApiClient> clients;
    private final Map<String, JsonNode> actors = new HashMap<>();

    public DatasetLoader(Path directory, Function<SuiteService, String> baseUrls, Supplier<String> adminToken) {
        this.directory = directory;
        this.clients = service -> new ApiClient(baseUrls.apply(service), adminToken);
    }

    public LoadSummary load() {
        LoadSummary summary = new LoadSummary();
        readActors();
        loadIndicators(summary);
        loadInitiatives(summary);
        loadRoadmap(summary);
        return summary;
    }

    /**
     * The invented status reports of {@code examples/status-reports.json}, for demonstrations only; the
     * admin reports on behalf of the owner each names. Loads the dataset's actors first if needed.
     */
    public LoadSummary loadExamples() {
        LoadSummary summary = new LoadSummary();
        if (actors.isEmpty()) {
            readActors();
        }
        ApiClient initiatives = clients.apply(SuiteService.INITIATIVE);
        for (JsonNode example : read("examples/status-reports.json").path("statusReports")) {
            ObjectNode body = (ObjectNode) example.deepCopy();
            String initiativeId = body.remove("initiativeId").asText();
            JsonNode owner = body.remove("owner");
            if (owner != null) {
                body.set("owner", actor(owner.asText()).path("orgnr"));
            }
            summary.record("example status reports", initiativeId + " " + example.path("period").asText()
                    + (owner == null ? "" : " " + owner.asText()),
                    initiatives.post("/api/v1/initiatives/" + initiativeId + "/status-reports", body));
        }
        return summary;
    }

    private void readActors() {
        for (JsonNode actor : read("actors.json").path("actors")) {
            actors.put(actor.path("id").asText(), actor);
        }
        for (JsonNode actor : read("roadmap.json").path("additionalActors")) {
            actors.putIfAbsent(actor.path("id").asText(), actor);
        }
    }

    private void loadIndicators(LoadSummary summary) {
        ApiClient indicators = clients.apply(SuiteService.INDICATOR);
        JsonNode strategy = read("goals.json").path("strategy").deepCopy();
        ((ObjectNode) strategy).remove("source");
        summary.record("strategy", "strategy", indicators.put("/api/v1/strategy", strategy));
        for (JsonNode goal : read("goals.json").path("goals")) {
            ObjectNode body = JSON.createObjectNode()
                    .put("kind", goal.path("kind").asText())
                    .put("name", goal.path("name").asText());
            body.set("description", goal.path("description"));
            body.set("benefit", goal.path("benefit").isTextual() ? goal.get("benefit") : null);
            body.set("ambitions", goal.path("ambitions").isArray() ? goal.get("ambitions") : JSON.createArrayNode());
            String id = goal.path("id").asText();
            summary.record("goals", id, indicators.put("/api/v1/goals/" + id, body));
        }
        JsonNode dataset = read("indicators.json");
        for (JsonNode indicator : dataset.path("indicators")) {
            ObjectNode body = ((ObjectNode) indicator.deepCopy());
            String id = body.remove("id").asText();
            body.set("reporters", organisationNumbers(indicator.path("reporters")));
            summary.record("indicators", id, indicators.put("/api/v1/indicators/" + id, body));
        }
        for (JsonNode measurement : dataset.path("measurements")) {
            ObjectNode body = ((ObjectNode) measurement.deepCopy());
            String id = body.remove("indicatorId").asText();
            summary.record("measurements", id + " " + measurement.path("period").asText(),
                    indicators.post("/api/v1/indicators/" + id + "/measurements", body));
        }
    }

    /**
     * Initiatives with their current owners as organisations (number, when the dataset has one, and
     * name) with their role and the day they took over, and the owners they took over from.
     */
    private void loadInitiatives(LoadSummary summary) {
        ApiClient initiatives = clients.apply(SuiteService.INITIATIVE);
        for (JsonNode initiative : read("initiatives.json").path("initiatives")) {
            ObjectNode body = (ObjectNode) initiative.deepCopy();
            String id = body.remove("id").asText();
            JsonNode roles = body.remove("ownerRoles");
            JsonNode since = body.remove("ownersSince");
            body.remove("ownerSource");
            ArrayNode owners = body.putArray("owners");
            for (JsonNode owner : initiative.path("owners")) {
                owners.add(organisation(owner.asText())
                        .<ObjectNode> set("role", roles.path(owner.asText()).isTextual() ? roles.get(owner.asText()) : null)
                        .set("since", since.path(owner.asText()).isTextual() ? since.get(owner.asText()) : null));
            }
            ArrayNode former = body.putArray("formerOwners");
            initiative.path("formerOwners").forEach(owner -> former.add(formerOwner(owner)));
            summary.record("initiatives", id, initiatives.put("/api/v1/initiatives/" + id, body));
        }
    }

    /**
     * Sub-goals, deliveries (phases 1-2 as the national phase, later phases from the actors' progress
     * reports), milestones (the date is the baseline; reached ones get it as their actual date, never
     * later than the edition that says so) and the dated progress facts in date order. Facts that name
     * no actor cannot be reported and are skipped.
     */
    private void loadRoadmap(LoadSummary summary) {
        ApiClient roadmap = clients.apply(SuiteService.ROADMAP);
        JsonNode dataset = read("roadmap.json");
        // The text knows nothing after its own date: what it states is true by then at the latest.
        String editionEnd = periodEnd(dataset.path("edition").path("datedAs").asText());
        Map<String, ObjectNode> definitions = new HashMap<>();
        for (JsonNode subGoal : dataset.path("subGoals")) {
            ObjectNode body = (ObjectNode) subGoal.deepCopy();
            String id = body.remove("id").asText();
            summary.record("sub-goals", id, roadmap.put("/api/v1/subgoals/" + id, body));
        }
        for (JsonNode delivery : prerequisitesFirst(dataset.path("deliveries"))) {
            ObjectNode body = JSON.createObjectNode();
            String id = delivery.path("id").asText();
            body.put("subGoalId", delivery.path("subGoalId").asText());
            body.put("name", delivery.path("name").asText());
            body.set("description", delivery.path("description"));
            body.set("nationalOwner", delivery.path("nationalOwner").isTextual()
                    ? organisation(delivery.path("nationalOwner").asText()) : null);
            ArrayNode participants = body.putArray("participants");
            JsonNode roles = delivery.path("participantRoles");
            delivery.path("participants").forEach(actor -> {
                ObjectNode participant = organisation(actor.asText());
                if (roles.has(actor.asText())) {
                    participant.set("roles", roles.get(actor.asText()).deepCopy());
                }
                participants.add(participant);
            });
            body.put("prioritised", delivery.path("prioritised").asBoolean());
            body.set("priorityRank", delivery.path("priorityRank"));
            ArrayNode timeline = body.putArray("timeline");
            delivery.path("timeline").forEach(segment -> timeline.add(segment.deepCopy()));
            body.set("pausedReason", delivery.path("pausedReason"));
            ArrayNode coOwners = body.putArray("coOwners");
            delivery.path("coOwners").forEach(owner -> coOwners.add(organisation(owner.path("actor").asText())));
            ArrayNode formerOwners = body.putArray("formerOwners");
            delivery.path("formerOwners").forEach(owner -> formerOwners.add(formerOwner(owner)));
            body.set("prerequisites", delivery.path("prerequisites").isArray() ? delivery.get("prerequisites")
                    : JSON.createArrayNode());
            body.set("alsoUnderSubGoals", delivery.path("alsoUnderSubGoals").isArray()
                    ? delivery.get("alsoUnderSubGoals") : JSON.createArrayNode());
            // The national phase comes last (below): setting it dates it today, after the dated facts.
            summary.record("deliveries", id, roadmap.put("/api/v1/deliveries/" + id, body));
            definitions.put(id, body);
        }
        Map<String, Integer> slugs = new HashMap<>();
        for (JsonNode milestone : dataset.path("milestones")) {
            String delivery = milestone.path("deliveryId").asText();
            String slug = slug(milestone.path("name").asText());
            int seen = slugs.merge(delivery + "/" + slug, 1, Integer::sum);
            String path = "/api/v1/deliveries/" + delivery + "/milestones/" + (seen == 1 ? slug : slug + "-" + seen);
            ObjectNode body = JSON.createObjectNode().put("name", milestone.path("name").asText());
            body.set("phase", milestone.path("phase"));
            if (milestone.path("phase").isNull()) {
                body.put("deliverable", delivery);
            }
            body.set("text", milestone.path("text"));
            body.set("baselineDate", milestone.path("date"));
            body.set("certainty", milestone.path("certainty"));
            body.set("earliestDate", milestone.path("earliestDate"));
            body.set("statedDelay", milestone.path("statedDelay"));
            summary.record("milestones", path, roadmap.put(path, body));
            if (milestone.path("reached").asBoolean()) {
                String date = milestone.path("date").asText();
                // The roadmap says it is reached, never on which day: the latest it can have been, marked so.
                summary.record("milestones reached", path, roadmap.put(path + "/actual", JSON.createObjectNode()
                        .put("actualDate", date.compareTo(editionEnd) > 0 ? editionEnd : date).put("dayUnknown", true)));
            }
        }
        for (ObjectNode report : progressReports(dataset.path("progressFacts"), editionEnd, summary)) {
            String delivery = report.remove("deliveryId").asText();
            summary.record("progress", delivery, roadmap.post("/api/v1/deliveries/" + delivery + "/progress", report));
        }
        // Where the roadmap says a delivery is past the national phases, they are done.
        for (JsonNode delivery : dataset.path("deliveries")) {
            String phase = delivery.path("currentPhase").asText(null);
            if (phase == null) {
                continue;
            }
            String id = delivery.path("id").asText();
            ObjectNode body = definitions.get(id);
            body.put("nationalPhase", NATIONAL_PHASES.contains(phase) ? phase : "DEVELOPMENT_LIMITED_TRIAL");
            summary.record("national phases", id, roadmap.put("/api/v1/deliveries/" + id, body));
        }
    }

    /**
     * The dated facts as progress reports, in date order. Facts about one actor's phase on one date are
     * one report (their texts joined; a figure only when they agree), as the service keeps one report
     * per actor and date. Facts that name no actor cannot be reported and are skipped.
     */
    private List<ObjectNode> progressReports(JsonNode facts, String editionEnd, LoadSummary summary) {
        Map<String, ObjectNode> reports = new java.util.LinkedHashMap<>();
        for (JsonNode fact : facts) {
            if (!fact.path("actor").isTextual()) {
                summary.skip("progress", fact.path("deliveryId").asText() + ": names no actor");
                continue;
            }
            String phase = fact.path("phase").asText();
            String asOf = EDITION.equals(fact.path("asOf").asText()) ? editionEnd : periodEnd(fact.path("asOf").asText());
            String actor = null;
            if (!NATIONAL_PHASES.contains(phase)) {
                JsonNode named = actor(fact.path("actor").asText());
                actor = named.path("orgnr").isTextual() ? named.path("orgnr").asText() : named.path("name").asText();
            }
            String key = fact.path("deliveryId").asText() + "|" + actor + "|" + asOf + "|" + phase;
            ObjectNode report = reports.get(key);
            if (report == null) {
                report = JSON.createObjectNode().put("deliveryId", fact.path("deliveryId").asText()).put("phase", phase)
                        .put("asOf", asOf);
                if (actor != null) {
                    report.put("actor", actor);
                }
                report.set("value", fact.path("value"));
                report.set("unit", fact.path("unit"));
                report.set("text", fact.path("text"));
                reports.put(key, report);
            } else {
                report.put("text", report.path("text").asText() + " " + fact.path("text").asText());
                if (!report.path("value").equals(fact.path("value"))) {
                    report.putNull("value");
                    report.putNull("unit");
                }
            }
        }
        List<ObjectNode> ordered = new ArrayList<>(reports.values());
        ordered.sort(Comparator.comparing(report -> report.path("asOf").asText()));
        return ordered;
    }

    private static final Set<String> NATIONAL_PHASES = Set.of("CONCEPT_MANDATE", "DEVELOPMENT_LIMITED_TRIAL");

    /** A fact's asOf when the text dates it only by the edition it appears in. */
    static final String EDITION = "edition";

    /** The last day of a dataset period ("2025" is 2025-12-31, "2025Q3" 2025-09-30). */
    static String periodEnd(String period) {
        if (period.matches("\\d{4}")) {
            return period + "-12-31";
        }
        if (period.matches("\\d{4}-\\d{2}")) {
            return java.time.YearMonth.parse(period).atEndOfMonth().toString();
        }
        if (period.matches("\\d{4}Q[1-4]")) {
            return java.time.YearMonth.of(Integer.parseInt(period.substring(0, 4)), 3 * (period.charAt(5) - '0'))
                    .atEndOfMonth().toString();
        }
        if (period.matches("\\d{4}S[12]")) {
            return period.endsWith("1") ? period.substring(0, 4) + "-06-30" : period.substring(0, 4) + "-12-31";
        }
        return period;
    }

    private static String slug(String name) {
        String slug = java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("å", "a"), java.text.Normalizer.Form.NFD)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() <= 60 ? slug : slug.substring(0, 60).replaceAll("-$", "");
    }

    /** Actor ids as organisation numbers; actors without one cannot report and are left out. */
    private ArrayNode organisationNumbers(JsonNode actorIds) {
        ArrayNode numbers = JSON.createArrayNode();
        for (JsonNode id : actorIds) {
            JsonNode orgnr = actor(id.asText()).path("orgnr");
            if (orgnr.isTextual()) {
                numbers.add(orgnr.asText());
            }
        }
        return numbers;
    }

    /** An actor id as an organisation: its number (null when it has none in the dataset) and name. */
    /**
     * The deliveries in file order, except that each comes after the deliveries it names as prerequisites, which
     * roadmap-service requires to exist (the dataset's check holds them to no cycle).
     */
    private static List<JsonNode> prerequisitesFirst(JsonNode deliveries) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        deliveries.forEach(delivery -> byId.put(delivery.path("id").asText(), delivery));
        List<JsonNode> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (String id : byId.keySet()) {
            place(id, byId, placed, ordered);
        }
        return ordered;
    }

    private static void place(String id, Map<String, JsonNode> byId, Set<String> placed, List<JsonNode> ordered) {
        JsonNode delivery = byId.get(id);
        if (delivery == null || !placed.add(id)) {
            return;
        }
        delivery.path("prerequisites").forEach(prerequisite -> place(prerequisite.asText(), byId, placed, ordered));
        ordered.add(delivery);
    }

    /** An owner until a date, as initiative-service and roadmap-service take it: who took over by name. */
    private ObjectNode formerOwner(JsonNode owner) {
        ObjectNode organisation = owner.path("actor").isTextual() ? organisation(owner.path("actor").asText())
                : JSON.createObjectNode().putNull("organisationNumber").put("name", owner.path("name").asText());
        if (owner.has("role")) {
            organisation.set("role", owner.path("role"));
        }
        organisation.set("until", owner.path("until"));
        organisation.put("successor", actor(owner.path("successor").asText()).path("name").asText());
        return organisation;
    }

    ObjectNode organisation(String actorId) {
        JsonNode actor = actor(actorId);
        ObjectNode organisation = JSON.createObjectNode();
        organisation.set("organisationNumber", actor.path("orgnr"));
        organisation.put("name", actor.path("name").asText());
        return organisation;
    }

    private JsonNode actor(String id) {
        JsonNode actor = actors.get(id);
        if (actor == null) {
            throw new IllegalStateException("The dataset refers to an unknown actor " + id);
        }
        return actor;
    }

    private JsonNode read(String file) {
        try {
            return JSON.readTree(directory.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + directory.resolve(file), e);
        }
    }
}
