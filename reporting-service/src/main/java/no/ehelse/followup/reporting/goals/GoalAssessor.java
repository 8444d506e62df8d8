package no.ehelse.followup.reporting.goals;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.reporting.goals.GoalAssessment.Overall;
import no.ehelse.followup.reporting.indicators.IndicatorAssessment.Classification;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUp;
import no.ehelse.followup.reporting.initiatives.InitiativeStatus;
import no.ehelse.followup.reporting.roadmap.DeliveryCounts;

/**
 * The overall assessment of a goal from everything that signals progress towards it. A third is
 * the line: one signal in three off track makes the goal off track, not a single red light among
 * many green ones, while a goal whose signals are mostly fine but some worrying is at risk.
 */
public final class GoalAssessor {

    public static final String RULE = "Overall rule: each signal counts once — an indicator classified ON_TRACK, AT_RISK "
            + "or OFF_TRACK (NO_DATA, NO_TARGET and AWAITING_MEASUREMENT do not count: an indicator measured only at its "
            + "baseline is awaiting its next measurement, not off track); an initiative's derived status GREEN (on track), YELLOW "
            + "(at risk) or RED (off track) (no counted report: does not count); a delivery of the goal's roadmap sub-goals "
            + "with milestones, at risk when one of them is significantly delayed and on track otherwise. OFF_TRACK when at "
            + "least a third of the signals are off track; otherwise AT_RISK when at least a third are off track or at "
            + "risk; otherwise ON_TRACK; NO_DATA when nothing counts.";

    private GoalAssessor() {
    }

    public static GoalAssessment assess(List<IndicatorFollowUp> indicators, List<InitiativeStatus> initiatives,
            DeliveryCounts deliveries) {
        Map<Classification, Integer> byClassification = new EnumMap<>(Classification.class);
        for (Classification classification : Classification.values()) {
            byClassification.put(classification, 0);
        }
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (TrafficLight light : TrafficLight.values()) {
            byStatus.put(light.name(), 0);
        }
        byStatus.put("NONE", 0);
        int onTrack = 0;
        int atRisk = 0;
        int offTrack = 0;
        for (IndicatorFollowUp indicator : indicators) {
            Classification classification = indicator.assessment() == null ? Classification.NO_DATA
                    : indicator.assessment().classification();
            byClassification.merge(classification, 1, Integer::sum);
            switch (classification) {
                case ON_TRACK -> onTrack++;
                case AT_RISK -> atRisk++;
                case OFF_TRACK -> offTrack++;
                default -> {
                }
            }
        }
        for (InitiativeStatus initiative : initiatives) {
            TrafficLight light = initiative.currentStatus().overallStatus();
            byStatus.merge(light == null ? "NONE" : light.name(), 1, Integer::sum);
            if (light != null) {
                switch (light) {
                    case GREEN -> onTrack++;
                    case YELLOW -> atRisk++;
                    case RED -> offTrack++;
                }
            }
        }
        atRisk += deliveries.delayed();
        onTrack += deliveries.onPlanMilestones();
        return new GoalAssessment(overall(onTrack, atRisk, offTrack), byClassification, byStatus, deliveries.deliveries(),
                deliveries.delayed());
    }

    static Overall overall(int onTrack, int atRisk, int offTrack) {
        int signals = onTrack + atRisk + offTrack;
        if (signals == 0) {
            return Overall.NO_DATA;
        }
        if (3 * offTrack >= signals) {
            return Overall.OFF_TRACK;
        }
        return 3 * (offTrack + atRisk) >= signals ? Overall.AT_RISK : Overall.ON_TRACK;
    }
}
