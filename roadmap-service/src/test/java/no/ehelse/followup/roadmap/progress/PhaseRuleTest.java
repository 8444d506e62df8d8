package no.ehelse.followup.roadmap.progress;

import static no.ehelse.followup.events.roadmap.Phase.ADAPTATION_EXTENDED_TRIAL;
import static no.ehelse.followup.events.roadmap.Phase.CONCEPT_MANDATE;
import static no.ehelse.followup.events.roadmap.Phase.DEVELOPMENT_LIMITED_TRIAL;
import static no.ehelse.followup.events.roadmap.Phase.INTRODUCTION;
import static no.ehelse.followup.events.roadmap.Phase.NEW_PRACTICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The majority rule on its own; ProgressApiTest shows it through the API. */
class PhaseRuleTest {

    @Test
    void withoutParticipantsOrReportsTheDeliveryIsInItsNationalPhase() {
        assertEquals(new PhaseRule.Outcome(null, CONCEPT_MANDATE), PhaseRule.apply(CONCEPT_MANDATE, List.of(), Map.of()));
        assertEquals(new PhaseRule.Outcome(null, DEVELOPMENT_LIMITED_TRIAL),
                PhaseRule.apply(DEVELOPMENT_LIMITED_TRIAL, List.of("a", "b"), Map.of()));
    }

    @Test
    void reachingAPhaseReachesThoseBeforeItAndExactlyHalfIsNoMajority() {
        List<String> four = List.of("a", "b", "c", "d");
        assertEquals(new PhaseRule.Outcome(ADAPTATION_EXTENDED_TRIAL, ADAPTATION_EXTENDED_TRIAL),
                PhaseRule.apply(DEVELOPMENT_LIMITED_TRIAL, four,
                        Map.of("a", NEW_PRACTICE, "b", INTRODUCTION, "c", ADAPTATION_EXTENDED_TRIAL)));
        assertEquals(new PhaseRule.Outcome(INTRODUCTION, INTRODUCTION),
                PhaseRule.apply(DEVELOPMENT_LIMITED_TRIAL, four,
                        Map.of("a", NEW_PRACTICE, "b", NEW_PRACTICE, "c", INTRODUCTION, "d", ADAPTATION_EXTENDED_TRIAL)));
        assertEquals(new PhaseRule.Outcome(null, CONCEPT_MANDATE),
                PhaseRule.apply(CONCEPT_MANDATE, four, Map.of("a", NEW_PRACTICE, "b", NEW_PRACTICE)));
    }

    @Test
    void reportsOfActorsThatNoLongerParticipateDoNotCount() {
        assertEquals(new PhaseRule.Outcome(null, DEVELOPMENT_LIMITED_TRIAL),
                PhaseRule.apply(DEVELOPMENT_LIMITED_TRIAL, List.of("a", "b", "c"),
                        Map.of("a", INTRODUCTION, "x", INTRODUCTION, "y", INTRODUCTION)));
    }
}
