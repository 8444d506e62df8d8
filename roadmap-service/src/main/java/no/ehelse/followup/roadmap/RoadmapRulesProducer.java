package no.ehelse.followup.roadmap;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import no.ehelse.followup.rules.roadmap.MilestoneDelay;

/** The roadmap's plain-Java rules, wired to the configuration in force. */
public class RoadmapRulesProducer {

    @Produces
    @Singleton
    MilestoneDelay milestoneDelay(RoadmapConfig config) {
        return new MilestoneDelay(config.significantDelayDays());
    }
}
