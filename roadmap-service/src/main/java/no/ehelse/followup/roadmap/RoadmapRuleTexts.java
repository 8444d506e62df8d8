package no.ehelse.followup.roadmap;

import no.ehelse.followup.rules.roadmap.SubGoalDelays;

/**
 * The roadmap's rules in words, for the OpenAPI document; README.md ("roadmap-service rules") says
 * the same.
 */
public final class RoadmapRuleTexts {

    public static final String MAJORITY = "Phase of a delivery (the roadmap's majority rule): the national phases "
            + "CONCEPT_MANDATE and DEVELOPMENT_LIMITED_TRIAL are set for the delivery as a whole by its national owner "
            + "(or the admin). From ADAPTATION_EXTENDED_TRIAL on, each participating actor reports its own phase. An actor "
            + "has reached its reported phase and every phase before it; an actor without a report has not reached "
            + "ADAPTATION_EXTENDED_TRIAL. majorityPhase is the highest phase from ADAPTATION_EXTENDED_TRIAL on that MORE "
            + "than half of the participating actors have reached: exactly half (a tie) is not a majority, so with 4 "
            + "actors, 2 in INTRODUCTION and 2 in ADAPTATION_EXTENDED_TRIAL, the delivery is in ADAPTATION_EXTENDED_TRIAL. "
            + "Every participant counts, including those without an organisation number. The delivery's phase is "
            + "majorityPhase when there is one, otherwise nationalPhase. Moving an actor (or the national phase) to an "
            + "earlier phase needs a reason; every report is kept.";

    public static final String DELAY = "Delay of a milestone = (actualDate if reached, else forecastDate) − baselineDate, "
            + "in days (negative when early). The baseline date is the date of the first approved plan and never changes. "
            + "A delay is significant when it exceeds followup.roadmap.significant-delay-days, here "
            + "{followup.roadmap.significant-delay-days} days (90 is one quarter: the roadmap plans in quarters, so a "
            + "longer slip moves the milestone to a later quarter).";

    public static final String DELAY_SHARES = "Delay shares on a date D (indicators 5.2 and 5.3): the milestones counted "
            + "are those defined by the end of D (Europe/Oslo) and not removed by then, of deliveries not removed by then. "
            + "Each is taken as it stood at the end of D: its latest forecast recorded by then (else its baseline) and its "
            + "actual date if recorded by then; reached and unreached milestones both count. " + SubGoalDelays.RULE;

    public static final String COMPARISON = "Compares an edition with today's plans. Deliveries: NEW (not in the edition), "
            + "DROPPED (in the edition, removed since). For deliveries in both: each phase's planned period and each "
            + "milestone is NEW, DROPPED, SLIPPED (ends later: the phase's last day, or the milestone's date = actual date "
            + "if reached, else forecast) or MOVED (changed otherwise: earlier, another start, or another certainty); "
            + "unchanged ones are not listed. phaseChanges lists deliveries whose phase is not the one in the edition.";

    private RoadmapRuleTexts() {
    }
}
