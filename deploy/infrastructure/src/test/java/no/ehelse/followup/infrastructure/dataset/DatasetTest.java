package no.ehelse.followup.infrastructure.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import no.ehelse.followup.rules.organisation.OrganisationNumber;

/** The dataset is valid against its schemas, and its references hold together. */
class DatasetTest {

    private static final Path DATASET = Path.of(System.getProperty("followup.dataset", "../dataset"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(DATASET.resolve(file).toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = { "actors", "goals", "indicators", "initiatives", "roadmap" })
    void everyFileValidatesAgainstItsSchema(String name) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DATASET.resolve("schema/" + name + ".schema.json")));
        Set<ValidationMessage> errors = schema.validate(read(name + ".json"));
        assertTrue(errors.isEmpty(), () -> name + ".json: " + errors);
    }

    @Test
    void theExampleStatusReportsAreMarkedAsExamplesAndNameRealInitiativesAndOwners() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DATASET.resolve("schema/example-status-reports.schema.json")));
        JsonNode examples = read("examples/status-reports.json");
        Set<ValidationMessage> errors = schema.validate(examples);
        assertTrue(errors.isEmpty(), () -> "examples/status-reports.json: " + errors);
        JsonNode unmarked = JSON.readTree("""
                {"examples": true, "statusReports": [{"initiativeId": "2.B", "period": "2026T2", "overallStatus": "RED",
                 "summary": "Forsinket"}]}""");
        assertFalse(schema.validate(unmarked).isEmpty(), "a summary not marked EKSEMPEL is refused");

        Map<String, Set<String>> owners = new HashMap<>();
        for (JsonNode initiative : read("initiatives.json").path("initiatives")) {
            Set<String> ids = new HashSet<>();
            initiative.path("owners").forEach(owner -> ids.add(owner.asText()));
            owners.put(initiative.path("id").asText(), ids);
        }
        for (JsonNode report : examples.path("statusReports")) {
            String initiative = report.path("initiativeId").asText();
            assertTrue(owners.containsKey(initiative), () -> "unknown initiative in " + report);
            assertTrue(!report.has("owner") || owners.get(initiative).contains(report.path("owner").asText()),
                    () -> "not an owner: " + report);
        }
    }

    @Test
    void theSchemasRejectWhatTheyShould() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DATASET.resolve("schema/goals.schema.json")));
        JsonNode broken = JSON.readTree("{\"goals\": [{\"id\": \"9\", \"kind\": \"TACTICAL\", \"name\": \"\"}]}");
        assertFalse(schema.validate(broken).isEmpty());
    }

    @Test
    void everyReferenceResolves() throws IOException {
        Set<String> actors = new HashSet<>();
        for (JsonNode actor : read("actors.json").path("actors")) {
            actors.add(actor.path("id").asText());
            JsonNode orgnr = actor.path("orgnr");
            assertTrue(orgnr.isNull() || OrganisationNumber.isValid(orgnr.asText()), () -> "orgnr of " + actor);
        }
        read("roadmap.json").path("additionalActors").forEach(a -> actors.add(a.path("id").asText()));
        Set<String> goals = ids(read("goals.json").path("goals"));

        Set<String> indicators = new HashSet<>();
        for (JsonNode indicator : read("indicators.json").path("indicators")) {
            assertTrue(goals.contains(indicator.path("goalId").asText()), () -> "goal of " + indicator.path("id"));
            String parent = indicator.path("parentId").asText(null);
            assertTrue(parent == null || indicators.contains(parent), () -> "parent defined before " + indicator.path("id"));
            indicator.path("reporters").forEach(r -> assertTrue(actors.contains(r.asText()), () -> "reporter " + r));
            indicators.add(indicator.path("id").asText());
        }
        read("indicators.json").path("measurements")
                .forEach(m -> assertTrue(indicators.contains(m.path("indicatorId").asText()), () -> "measured " + m));

        JsonNode roadmap = read("roadmap.json");
        Set<String> subGoals = ids(roadmap.path("subGoals"));
        Set<String> deliveries = ids(roadmap.path("deliveries"));
        for (JsonNode initiative : read("initiatives.json").path("initiatives")) {
            initiative.path("owners").forEach(o -> assertTrue(actors.contains(o.asText()), () -> "owner " + o));
            initiative.path("relatedIndicatorIds").forEach(i -> assertTrue(indicators.contains(i.asText()), () -> "indicator " + i));
            initiative.path("relatedSubGoalIds").forEach(s -> assertTrue(subGoals.contains(s.asText()), () -> "sub-goal " + s));
        }
        for (JsonNode delivery : roadmap.path("deliveries")) {
            assertTrue(subGoals.contains(delivery.path("subGoalId").asText()), () -> "sub-goal of " + delivery.path("id"));
            delivery.path("participants").forEach(p -> assertTrue(actors.contains(p.asText()), () -> "participant " + p));
            String owner = delivery.path("nationalOwner").asText(null);
            assertTrue(owner == null || actors.contains(owner), () -> "owner " + owner);
        }
        roadmap.path("milestones").forEach(m -> assertTrue(deliveries.contains(m.path("deliveryId").asText())));
        roadmap.path("progressFacts").forEach(p -> assertTrue(deliveries.contains(p.path("deliveryId").asText())));
    }

    /**
     * Prerequisites («forutsetninger») name deliveries of the roadmap, never the delivery itself, form no cycle, and
     * rest on the text's own words (veikart l. 1580–1581 for Pasientens legemiddelliste).
     */
    @Test
    void prerequisitesNameOtherDeliveriesWithTheTextsWordsAndFormNoCycle() throws IOException {
        JsonNode roadmap = read("roadmap.json");
        Set<String> deliveries = ids(roadmap.path("deliveries"));
        java.util.Map<String, List<String>> graph = new java.util.HashMap<>();
        for (JsonNode delivery : roadmap.path("deliveries")) {
            String id = delivery.path("id").asText();
            List<String> prerequisites = new java.util.ArrayList<>();
            delivery.path("prerequisites").forEach(p -> prerequisites.add(p.asText()));
            graph.put(id, prerequisites);
            for (String prerequisite : prerequisites) {
                assertTrue(deliveries.contains(prerequisite), () -> id + " needs unknown " + prerequisite);
                assertNotEquals(id, prerequisite, id + " needs itself");
            }
            if (!prerequisites.isEmpty()) {
                assertTrue(delivery.path("prerequisitesSource").path("quote").asText().contains("forutsetning"),
                        () -> id + ": the text's words for its prerequisites");
            }
        }
        assertEquals(List.of("e-multidose", "kjernejournal-sykehjem-og-hjemmetjenesten", "sfm-fastleger-og-legevakt",
                "sfm-kommunale-helse-og-omsorgstjenester", "sfm-ovrige-brukergrupper", "sfm-spesialisthelsetjenesten-basis-api"),
                graph.get("pasientens-legemiddelliste").stream().sorted().toList());
        for (String start : graph.keySet()) {
            java.util.Deque<String> open = new java.util.ArrayDeque<>(graph.get(start));
            Set<String> seen = new java.util.HashSet<>();
            while (!open.isEmpty()) {
                String next = open.pop();
                assertNotEquals(start, next, start + " depends on itself through its prerequisites");
                if (seen.add(next)) {
                    open.addAll(graph.getOrDefault(next, List.of()));
                }
            }
        }
    }

    @Test
    void theStrategyIsComplete() throws IOException {
        assertEquals(8, read("goals.json").path("goals").size());
        Set<String> indicators = ids(read("indicators.json").path("indicators"));
        for (String id : List.of("1.1", "1.6", "2.3", "3.2", "4.2.1", "4.2.6", "5.1", "5.4")) {
            assertTrue(indicators.contains(id), id);
        }
        assertEquals(18, read("initiatives.json").path("initiatives").size());
        List<String> prioritised = java.util.stream.StreamSupport.stream(read("roadmap.json").path("deliveries").spliterator(), false)
                .filter(d -> d.path("prioritised").asBoolean())
                .sorted(java.util.Comparator.comparingInt(d -> d.path("priorityRank").asInt()))
                .map(d -> d.path("id").asText())
                .collect(Collectors.toList());
        assertEquals(List.of("pasientens-legemiddelliste", "pasientens-journaldokumenter", "pasientens-provesvar",
                "pasientens-kritiske-informasjon", "pasientens-maledata"), prioritised);
    }

    /** Issue 18, point 3: the text cannot know anything after its own date. */
    @Test
    void nothingIsDatedAfterTheEditionThatStatesIt() throws IOException {
        JsonNode roadmap = read("roadmap.json");
        String edition = DatasetLoader.periodEnd(roadmap.path("edition").path("datedAs").asText());
        assertEquals("2025-09-30", edition, "«behandles i Rådsmodellen i tredje kvartal 2025» (veikart l. 3367)");
        for (JsonNode fact : roadmap.path("progressFacts")) {
            String asOf = fact.path("asOf").asText();
            assertTrue(asOf.equals(DatasetLoader.EDITION) || DatasetLoader.periodEnd(asOf).compareTo(edition) <= 0,
                    () -> "dated after the edition: " + fact);
        }
        for (JsonNode milestone : roadmap.path("milestones")) {
            String start = milestone.path("earliestDate").asText(milestone.path("date").asText());
            assertTrue(!milestone.path("reached").asBoolean() || start.compareTo(edition) <= 0,
                    () -> "reached in a period that starts after the edition: " + milestone);
        }
    }

    /** Point 10: the edition is under consideration in the council model, not approved. */
    @Test
    void theEditionIsUnderConsiderationAndClaimsNoApproval() throws IOException {
        JsonNode edition = read("roadmap.json").path("edition");
        assertEquals("UNDER_CONSIDERATION", edition.path("status").asText());
        assertTrue(edition.path("approvedBy").isNull() && edition.path("approvedOn").isNull(), edition::toString);
        assertTrue(edition.path("text").asText().contains("Veikartet behandles i Rådsmodellen i tredje kvartal 2025"));
    }

    /** Point 4: the council's five prioritised measures each have an owner and a phase. */
    @Test
    void everyPrioritisedMeasureHasAnOwnerAndAPhase() throws IOException {
        for (JsonNode delivery : read("roadmap.json").path("deliveries")) {
            if (delivery.path("prioritised").asBoolean()) {
                assertTrue(delivery.path("nationalOwner").isTextual(), () -> "no owner: " + delivery.path("id"));
                assertTrue(delivery.path("currentPhase").isTextual(), () -> "no phase: " + delivery.path("id"));
            }
        }
    }

    /** Points 5 and 6: every owner says where it comes from; a former owner was succeeded when the next took over. */
    @Test
    void everyOwnerHasASourceAndOwnershipOverTimeHoldsTogether() throws IOException {
        JsonNode roadmap = read("roadmap.json");
        for (JsonNode delivery : roadmap.path("deliveries")) {
            assertEquals(delivery.path("nationalOwner").isTextual(), delivery.path("ownerSource").isObject(),
                    () -> "an owner needs a source and a source an owner: " + delivery.path("id"));
            Set<String> owners = new HashSet<>();
            delivery.path("coOwners").forEach(owner -> owners.add(owner.path("actor").asText()));
            owners.add(delivery.path("nationalOwner").asText());
            // An owner is a participant only where it takes the delivery into use itself (a progress fact of its own).
            for (JsonNode participant : delivery.path("participants")) {
                assertTrue(!owners.contains(participant.asText()) || hasFact(roadmap, delivery, participant.asText()),
                        () -> participant + " is owner and participant of " + delivery.path("id"));
            }
        }
        for (JsonNode initiative : read("initiatives.json").path("initiatives")) {
            assertFalse(initiative.path("ownerSource").asText().isBlank(), () -> "no owner source: " + initiative.path("id"));
            Set<String> owners = new HashSet<>();
            initiative.path("owners").forEach(owner -> owners.add(owner.asText()));
            initiative.path("ownerRoles").fieldNames().forEachRemaining(
                    actor -> assertTrue(owners.contains(actor), () -> "role of a non-owner " + actor));
            for (JsonNode former : initiative.path("formerOwners")) {
                String successor = former.path("successor").asText();
                assertTrue(owners.contains(successor), () -> "successor is no current owner: " + former);
                assertEquals(java.time.LocalDate.parse(former.path("until").asText()).plusDays(1).toString(),
                        initiative.path("ownersSince").path(successor).asText(), () -> "a gap or overlap: " + former);
            }
        }
    }

    private static boolean hasFact(JsonNode roadmap, JsonNode delivery, String actor) {
        for (JsonNode fact : roadmap.path("progressFacts")) {
            if (fact.path("deliveryId").equals(delivery.path("id")) && fact.path("actor").asText().equals(actor)) {
                return true;
            }
        }
        return false;
    }

    /** An owner taken from a plan row that names the delivery: the row, the line the owner rests on, its words there, whom they mean today. */
    private record PlanOwner(String delivery, String initiative, int line, String planSays, String owner, String orgnr,
            List<String> coOwners) {
    }

    /**
     * Point 5 and the audit after it: every owner the plan names for a delivery, with the plan line it rests on
     * (plan-for-realisering.txt). «Direktoratet for e-helse» is Helsedirektoratet today; named with Norsk helsenett for
     * the services NHN runs, NHN leads and Helsedirektoratet collaborates (NOTES-roadmap section 6).
     */
    private static final List<PlanOwner> PLAN_OWNERS = List.of(
            new PlanOwner("pasientens-journaldokumenter", "4.A", 1064, "Direktoratet for e-helse og Norsk helsenett", "nhn",
                    "994598759", List.of("helsedirektoratet")),
            new PlanOwner("pasientens-provesvar", "4.A", 1064, "Direktoratet for e-helse og Norsk helsenett", "nhn",
                    "994598759", List.of("helsedirektoratet")),
            new PlanOwner("kjernejournal-sykehjem-og-hjemmetjenesten", "4.A", 1064, "Direktoratet for e-helse og Norsk helsenett",
                    "nhn", "994598759", List.of("helsedirektoratet")),
            new PlanOwner("helseplattformen", "4.A", 1067, "Helseplattformen", "helseplattformen", null, List.of()),
            new PlanOwner("digi-ung", "1.C", 502, "Helsedirektoratet", "helsedirektoratet", "983544622", List.of()),
            new PlanOwner("digihelsestasjon-ungdomslosning", "1.C", 502, "Helsedirektoratet", "helsedirektoratet", "983544622",
                    List.of()),
            new PlanOwner("helsenorge-for-ungdom", "1.C", 502, "Helsedirektoratet", "helsedirektoratet", "983544622", List.of()),
            new PlanOwner("kartlegging-digitalt-utenforskap", "1.D", 509, "Helsedirektoratet holder i et innsiktsarbeid",
                    "helsedirektoratet", "983544622", List.of()),
            new PlanOwner("myhealth-eu", "4.D", 1134, "Direktoratet for e-helse", "helsedirektoratet", "983544622", List.of()),
            new PlanOwner("ehds-implementering", "5.B", 1292, "Direktoratet for e-helse", "helsedirektoratet", "983544622",
                    List.of()),
            new PlanOwner("helseteknologiordningen", "5.D", 1354, "Direktoratet for e-helse i samarbeid med Helsedirektoratet og KS",
                    "helsedirektoratet", "983544622", List.of("ks")),
            new PlanOwner("veilednings-og-godkjenningsordning-helseteknologi", "5.D", 1354,
                    "Direktoratet for e-helse i samarbeid med Helsedirektoratet og KS", "helsedirektoratet", "983544622", List.of("ks")),
            new PlanOwner("tilskudd-utproving-og-innforing-samhandlingslosninger", "5.D", 1354,
                    "Direktoratet for e-helse i samarbeid med Helsedirektoratet og KS", "helsedirektoratet", "983544622", List.of("ks")));

    @Test
    void everyOwnerThePlanNamesIsSetAsThePlanStatesIt() throws IOException {
        JsonNode roadmap = read("roadmap.json");
        Map<String, JsonNode> actors = new HashMap<>();
        read("actors.json").path("actors").forEach(actor -> actors.put(actor.path("id").asText(), actor));
        roadmap.path("additionalActors").forEach(actor -> actors.putIfAbsent(actor.path("id").asText(), actor));
        Map<String, Set<String>> rowOwners = new HashMap<>();
        for (JsonNode initiative : read("initiatives.json").path("initiatives")) {
            Set<String> owners = new HashSet<>();
            initiative.path("owners").forEach(owner -> owners.add(owner.asText()));
            rowOwners.put(initiative.path("id").asText(), owners);
        }
        Map<String, JsonNode> deliveries = new HashMap<>();
        Set<String> fromThePlan = new HashSet<>();
        for (JsonNode delivery : roadmap.path("deliveries")) {
            deliveries.put(delivery.path("id").asText(), delivery);
            if ("plan".equals(delivery.path("ownerSource").path("document").asText())) {
                fromThePlan.add(delivery.path("id").asText());
            }
        }
        for (PlanOwner expected : PLAN_OWNERS) {
            String where = expected.delivery() + " (plan " + expected.initiative() + ", l. " + expected.line() + ")";
            JsonNode delivery = deliveries.get(expected.delivery());
            assertTrue(delivery != null, () -> "no delivery " + where);
            String owner = delivery.path("nationalOwner").asText(null);
            assertEquals(expected.owner(), owner, () -> "owner of " + where);
            JsonNode orgnr = actors.get(owner).path("orgnr");
            assertEquals(expected.orgnr(), orgnr.isTextual() ? orgnr.asText() : null, () -> "organisation number of the owner of " + where);
            List<String> coOwners = new ArrayList<>();
            delivery.path("coOwners").forEach(coOwner -> {
                assertEquals("IN_COLLABORATION", coOwner.path("role").asText(), where);
                coOwners.add(coOwner.path("actor").asText());
            });
            assertEquals(expected.coOwners(), coOwners, () -> "co-owners of " + where);
            assertTrue(rowOwners.get(expected.initiative()).contains(owner) && rowOwners.get(expected.initiative()).containsAll(coOwners),
                    () -> "the owners of " + where + " are owners of the plan row in initiatives.json");
            JsonNode source = delivery.path("ownerSource");
            String[] lines = source.path("lines").asText().split("–");
            assertTrue(Integer.parseInt(lines[0]) <= expected.line() && expected.line() <= Integer.parseInt(lines[lines.length - 1]),
                    () -> "ownerSource.lines " + source.path("lines").asText() + " reach the line " + where);
            assertTrue(source.path("quote").asText().contains(expected.planSays()),
                    () -> "ownerSource.quote gives the plan's words «" + expected.planSays() + "»: " + where);
        }
        assertEquals(PLAN_OWNERS.stream().map(PlanOwner::delivery).collect(Collectors.toSet()), fromThePlan,
                "every owner taken from the plan is in PLAN_OWNERS, with its line");
    }

    /** Point 5: a delivery without an owner is a recorded judgement, listed by id with its reason and the lines checked. */
    @Test
    void everyDeliveryWithoutAnOwnerIsListedInTheNotesWithItsReason() throws IOException {
        String notes = Files.readString(DATASET.resolve("NOTES-roadmap.md"));
        String heading = "### Deliveries without a national owner";
        int start = notes.indexOf(heading);
        assertTrue(start >= 0, () -> "NOTES-roadmap.md has no section «" + heading + "»");
        int end = notes.indexOf("\n## ", start);
        String section = notes.substring(start, end < 0 ? notes.length() : end);
        Map<String, String> listed = new HashMap<>();
        Matcher rows = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\| ([^|]*) \\| ([^|]*) \\|$").matcher(section);
        while (rows.find()) {
            String id = rows.group(1);
            assertTrue(!rows.group(2).isBlank() && rows.group(3).matches(".*[0-9].*"), () -> id + " needs a reason and the lines checked");
            assertTrue(listed.put(id, rows.group(2)) == null, () -> id + " is listed twice");
        }
        Set<String> withoutOwner = new HashSet<>();
        for (JsonNode delivery : read("roadmap.json").path("deliveries")) {
            if (!delivery.path("nationalOwner").isTextual()) {
                withoutOwner.add(delivery.path("id").asText());
            }
        }
        assertEquals(new java.util.TreeSet<>(withoutOwner), new java.util.TreeSet<>(listed.keySet()),
                "NOTES-roadmap.md lists exactly the deliveries without an owner");
    }

    /** Point 2 and 1: every milestone has a certainty; expectations are tentative; a range ends at the date. */
    @Test
    void everyMilestoneHasACertaintyAndARangeThatEndsAtItsDate() throws IOException {
        JsonNode roadmap = read("roadmap.json");
        Map<String, String> descriptions = new HashMap<>();
        roadmap.path("deliveries").forEach(d -> descriptions.put(d.path("id").asText(), d.path("description").asText()));
        for (JsonNode milestone : roadmap.path("milestones")) {
            String certainty = milestone.path("certainty").asText();
            assertTrue(Set.of("PLANNED", "TENTATIVE").contains(certainty), () -> "certainty of " + milestone);
            String text = milestone.path("text").asText().toLowerCase(java.util.Locale.ROOT);
            boolean expectation = text.contains("forvent") || text.contains("ambisjon");
            assertEquals(expectation, certainty.equals("TENTATIVE"), () -> "an expectation is tentative: " + milestone);
            String earliest = milestone.path("earliestDate").asText(null);
            assertTrue(earliest == null || earliest.compareTo(milestone.path("date").asText()) <= 0, milestone::toString);
            String delay = milestone.path("statedDelay").asText(null);
            assertTrue(delay == null || descriptions.get(milestone.path("deliveryId").asText()).contains(delay),
                    () -> "a stated delay is the roadmap's own words: " + milestone);
        }
        long statedDelays = java.util.stream.StreamSupport.stream(roadmap.path("milestones").spliterator(), false)
                .filter(m -> m.path("statedDelay").isTextual()).count();
        assertEquals(2, statedDelays, "veikart l. 493 and l. 1650");
        assertTrue(java.util.stream.StreamSupport.stream(roadmap.path("deliveries").spliterator(), false)
                .anyMatch(d -> "Arbeid er satt på vent i påvente av nødvendige avklaringer.".equals(d.path("pausedReason").asText())),
                "veikart l. 965");
    }

    /** Points 7–9: undated starting points, 1.5's two counts, derived ids and inferred links are all marked. */
    @Test
    void undatedBaselinesDerivedIdsAndInferredLinksAreMarked() throws IOException {
        JsonNode dataset = read("indicators.json");
        Map<String, JsonNode> measured = new HashMap<>();
        dataset.path("measurements").forEach(m -> measured.put(m.path("indicatorId").asText() + " " + m.path("period").asText(), m));
        Map<String, JsonNode> indicators = new HashMap<>();
        for (JsonNode indicator : dataset.path("indicators")) {
            String id = indicator.path("id").asText();
            indicators.put(id, indicator);
            assertEquals(indicator.path("parentId").isTextual() && !id.startsWith("4.2."), indicator.path("derivedId").asBoolean(),
                    () -> "only 4.2.1–4.2.6 are the plan's own child ids: " + id);
            JsonNode baseline = indicator.path("baseline");
            if (baseline.path("value").isNumber() && baseline.path("period").isNull()) {
                JsonNode start = measured.get(id + " 2023");
                assertTrue(start != null && start.path("methodNote").asText().startsWith("Udatert i planen"),
                        () -> "an undated baseline is a 2023 starting point noted as undated: " + id);
                assertEquals(0, baseline.path("value").decimalValue().compareTo(start.path("value").decimalValue()), id);
            }
        }
        for (String delay : List.of("5.2", "5.3")) {
            assertTrue(indicators.get(delay).path("baseline").path("seriesBreak").asText().contains("erstatter"), delay);
        }
        assertEquals(17, indicators.get("1.5.1").path("baseline").path("value").asInt());
        assertEquals(166, indicators.get("1.5.2").path("baseline").path("value").asInt());
        JsonNode target = indicators.get("1.5.1").path("targets").get(0);
        assertEquals(2025, target.path("year").asInt(), "the «Måltall 2025» column");
        assertEquals("2024-12-31", target.path("deadline").asText(), "«innen utgangen av 2024»");

        for (JsonNode initiative : read("initiatives.json").path("initiatives")) {
            // The plan states no initiative–indicator link: each one is inferred.
            assertEquals(!initiative.path("relatedIndicatorIds").isEmpty(), initiative.path("relatedIndicatorsInferred").asBoolean(),
                    () -> "inferred links are marked: " + initiative.path("id"));
        }
    }

    /**
     * The source documents the dataset is checked against word for word, kept in the repository beside the dataset
     * ({@code deploy/dataset/sources}: copies of the published strategy) so that the check runs on every clone.
     */
    private static final Path SOURCES = Path.of(System.getProperty("followup.sources",
            DATASET.resolve("sources").toString()));

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /**
     * Issue 18, «what the model cannot hold today»: goals 1–3 give direct benefit and 4–5 enable (strategi l. 377–379),
     * and each strategic goal's «Frem mot 2030 skal vi oppnå:» bullets are its ambitions, verbatim, complete and in
     * order (NOTES-plan item 42). The overarching goals have neither.
     */
    /**
     * Roles are given only to a delivery's own participants, never to its owners, each with the lines the roles
     * rest on; Helse Sør-Øst leads Pasientens måledata for the regions (veikart l. 2048–2050), and Pasientens
     * journaldokumenter has its sources and consumers (l. 1831–1901).
     */
    @Test
    void participantRolesAreGivenToParticipantsWithTheLinesTheyRestOn() throws IOException {
        int withRoles = 0;
        for (JsonNode delivery : read("roadmap.json").path("deliveries")) {
            String id = delivery.path("id").asText();
            JsonNode roles = delivery.path("participantRoles");
            if (roles.isMissingNode()) {
                continue;
            }
            withRoles++;
            Set<String> participants = new HashSet<>();
            delivery.path("participants").forEach(participant -> participants.add(participant.asText()));
            Set<String> owners = new HashSet<>();
            owners.add(delivery.path("nationalOwner").asText());
            delivery.path("coOwners").forEach(owner -> owners.add(owner.path("actor").asText()));
            roles.fieldNames().forEachRemaining(actor -> {
                assertTrue(participants.contains(actor), () -> id + ": " + actor + " has a role but is no participant");
                assertFalse(owners.contains(actor), () -> id + ": " + actor + " owns the delivery; owners have no role");
            });
            assertTrue(delivery.path("participantRolesSource").path("lines").asText().matches("[0-9]+(–[0-9]+)?"),
                    () -> id + ": the lines its participants' roles rest on");
        }
        assertEquals(4, withRoles, "deliveries whose participants have roles (NOTES-roadmap §6)");
        JsonNode roadmap = read("roadmap.json");
        assertEquals("[\"LEAD\"]", delivery(roadmap, "pasientens-maledata").path("participantRoles").path("helse-sor-ost").toString());
        assertEquals("[\"SOURCE\",\"CONSUMER\"]",
                delivery(roadmap, "pasientens-journaldokumenter").path("participantRoles").path("oslo-kommune").toString());
    }

    /**
     * A delivery is also under sub-goals of the roadmap other than its own, with the lines that place it there:
     * Pasientens måledata under 1.A and 2.C besides 1.B (veikart l. 574–576, 736–738), and the other prioritised
     * services 1.A describes (l. 552–576) under 1.A.
     */
    @Test
    void aDeliveryIsAlsoUnderOtherSubGoalsOfTheRoadmapWithTheLinesThatSaySo() throws IOException {
        JsonNode roadmap = read("roadmap.json");
        Set<String> subGoals = ids(roadmap.path("subGoals"));
        Map<String, List<String>> also = new HashMap<>();
        for (JsonNode delivery : roadmap.path("deliveries")) {
            String id = delivery.path("id").asText();
            if (!delivery.has("alsoUnderSubGoals")) {
                continue;
            }
            List<String> under = new ArrayList<>();
            delivery.path("alsoUnderSubGoals").forEach(subGoal -> under.add(subGoal.asText()));
            for (String subGoal : under) {
                assertTrue(subGoals.contains(subGoal), () -> id + " is under unknown sub-goal " + subGoal);
                assertNotEquals(delivery.path("subGoalId").asText(), subGoal, id + " lists its own sub-goal again");
            }
            assertTrue(delivery.path("alsoUnderSubGoalsSource").path("lines").asText().matches("[0-9]+(–[0-9]+)?"),
                    () -> id + ": the lines that place it under " + under);
            also.put(id, under);
        }
        assertEquals(Map.of("pasientens-maledata", List.of("1.A", "2.C"), "pasientens-legemiddelliste", List.of("1.A"),
                "pasientens-journaldokumenter", List.of("1.A"), "pasientens-provesvar", List.of("1.A")), also);
    }

    private static JsonNode delivery(JsonNode roadmap, String id) {
        for (JsonNode delivery : roadmap.path("deliveries")) {
            if (id.equals(delivery.path("id").asText())) {
                return delivery;
            }
        }
        throw new AssertionError("no delivery " + id);
    }

    /** The vision is the strategy's own sentence (strategi l. 72–74), and the period is the strategy's. */
    @Test
    void theStrategysVisionIsItsOwnWords() throws IOException {
        String text = normalised(Files.readString(SOURCES.resolve("strategi-2023-2030.txt")));
        JsonNode strategy = read("goals.json").path("strategy");
        assertTrue(text.contains("Strategiens visjon er «" + strategy.path("vision").asText() + "»"),
                "the vision as strategi l. 73–74 words it");
        assertEquals("Nasjonal e-helsestrategi " + strategy.path("fromYear").asInt() + "–" + strategy.path("toYear").asInt(),
                strategy.path("name").asText());
        assertEquals(2023, strategy.path("fromYear").asInt());
        assertEquals(2030, strategy.path("toYear").asInt());
    }

    @Test
    void everyStrategicGoalHasItsBenefitAndAmbitionsFromTheStrategy() throws IOException {
        Path strategy = SOURCES.resolve("strategi-2023-2030.txt");
        assertTrue(Files.isRegularFile(strategy), () -> "the strategy is not at " + strategy + " (set -Dfollowup.sources)");
        String raw = Files.readString(strategy);
        String text = normalised(raw);
        assertTrue(text.contains("Mål 1-3 skal gi direkte nytte til målgruppene i strategien, mens mål 4 og 5 er "
                + "tilretteleggende mål"), "the benefit sentence (strategi l. 377–379)");

        String heading = "Frem mot 2030 skal vi oppnå:";
        List<Integer> headings = new ArrayList<>();
        for (int at = raw.indexOf(heading); at >= 0; at = raw.indexOf(heading, at + 1)) {
            headings.add(at);
        }
        assertEquals(5, headings.size(), "one «" + heading + "» per strategic goal");

        int strategic = 0;
        for (JsonNode goal : read("goals.json").path("goals")) {
            String id = goal.path("id").asText();
            if (!"STRATEGIC".equals(goal.path("kind").asText())) {
                assertTrue(goal.path("benefit").isMissingNode() || goal.path("benefit").isNull(), () -> "benefit of " + id);
                assertTrue(goal.path("ambitions").isMissingNode() || goal.path("ambitions").isNull(), () -> "ambitions of " + id);
                continue;
            }
            strategic++;
            int number = Integer.parseInt(id);
            assertEquals(number <= 3 ? "DIRECT" : "ENABLING", goal.path("benefit").asText(), () -> "benefit of goal " + id);
            JsonNode ambitions = goal.path("ambitions");
            assertTrue(ambitions.isArray() && !ambitions.isEmpty(), () -> "goal " + id + " has ambitions");
            for (JsonNode ambition : ambitions) {
                assertTrue(ambition.isTextual() && !ambition.asText().isBlank(), () -> "an ambition of goal " + id);
                assertEquals(normalised(ambition.asText()), ambition.asText(), () -> "stray whitespace in goal " + id);
                assertTrue(text.contains(ambition.asText()), () -> "not in the strategy (goal " + id + "): " + ambition);
            }

            // The list under this goal's own «Mål n:» heading, bullet by bullet (glyph U+F0B7), up to «Ved måloppnåelse».
            int start = headings.get(number - 1);
            Matcher goalHeadings = Pattern.compile("(?m)^[ \\t]*Mål ([1-5]):").matcher(raw);
            String under = null;
            while (goalHeadings.find() && goalHeadings.start() < start) {
                under = goalHeadings.group(1);
            }
            assertEquals(id, under, () -> "list " + id + " sits under «Mål " + id + ":»");
            int end = raw.indexOf("Ved måloppnåelse", start);
            String[] bullets = raw.substring(start + heading.length(), end).split("\uf0b7");
            List<String> expected = new ArrayList<>();
            for (int i = 1; i < bullets.length; i++) {
                expected.add(normalised(bullets[i]));
            }
            assertTrue(normalised(bullets[0]).isEmpty(), () -> "nothing before the first bullet of goal " + id);
            List<String> actual = new ArrayList<>();
            ambitions.forEach(ambition -> actual.add(ambition.asText()));
            assertEquals(expected, actual, () -> "the ambitions of goal " + id + " are its bullets, complete and in order");
        }
        assertEquals(5, strategic);
    }

    @Test
    void theGoalsSchemaHoldsBenefitAndAmbitionsToStrategicGoals() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DATASET.resolve("schema/goals.schema.json")));
        String valid = """
                {"$schema": "./schema/goals.schema.json", "source": "s",
                 "strategy": {"name": "n", "vision": "v", "fromYear": 2023, "toYear": 2030, "source": "s"}, "goals": [
                 {"id": "2", "kind": "STRATEGIC", "name": "n", "description": "d", "benefit": "DIRECT", "ambitions": ["a b"]},
                 {"id": "5", "kind": "STRATEGIC", "name": "n", "description": "d", "benefit": "ENABLING", "ambitions": ["a"]},
                 {"id": "O1", "kind": "OVERARCHING", "name": "n", "description": "d"}]}""";
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(valid));
        assertTrue(errors.isEmpty(), errors::toString);
        for (String goal : List.of(
                "{\"id\": \"2\", \"kind\": \"STRATEGIC\", \"name\": \"n\", \"description\": \"d\", \"ambitions\": [\"a\"]}",
                "{\"id\": \"2\", \"kind\": \"STRATEGIC\", \"name\": \"n\", \"description\": \"d\", \"benefit\": \"DIRECT\"}",
                "{\"id\": \"2\", \"kind\": \"STRATEGIC\", \"name\": \"n\", \"description\": \"d\", \"benefit\": \"ENABLING\", \"ambitions\": [\"a\"]}",
                "{\"id\": \"4\", \"kind\": \"STRATEGIC\", \"name\": \"n\", \"description\": \"d\", \"benefit\": \"DIRECT\", \"ambitions\": [\"a\"]}",
                "{\"id\": \"4\", \"kind\": \"STRATEGIC\", \"name\": \"n\", \"description\": \"d\", \"benefit\": \"ENABLING\", \"ambitions\": []}",
                "{\"id\": \"4\", \"kind\": \"STRATEGIC\", \"name\": \"n\", \"description\": \"d\", \"benefit\": \"ENABLING\", \"ambitions\": [\" a\"]}",
                "{\"id\": \"4\", \"kind\": \"STRATEGIC\", \"name\": \"n\", \"description\": \"d\", \"benefit\": \"ENABLING\", \"ambitions\": [\"\"]}",
                "{\"id\": \"O1\", \"kind\": \"OVERARCHING\", \"name\": \"n\", \"description\": \"d\", \"benefit\": \"DIRECT\"}",
                "{\"id\": \"O1\", \"kind\": \"OVERARCHING\", \"name\": \"n\", \"description\": \"d\", \"ambitions\": [\"a\"]}")) {
            JsonNode broken = JSON.readTree("{\"$schema\": \"./schema/goals.schema.json\", \"source\": \"s\", \"strategy\": "
                    + "{\"name\": \"n\", \"vision\": \"v\", \"fromYear\": 2023, \"toYear\": 2030, \"source\": \"s\"}, "
                    + "\"goals\": [" + goal + "]}");
            assertFalse(schema.validate(broken).isEmpty(), () -> "the schema refuses " + goal);
        }
    }

    private static Set<String> ids(JsonNode items) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
