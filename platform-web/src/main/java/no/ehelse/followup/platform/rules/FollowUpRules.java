package no.ehelse.followup.platform.rules;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import no.ehelse.followup.rules.initiative.InitiativeStandings;
import no.ehelse.followup.rules.initiative.ReportingCalendar;

/** Wires the plain-Java follow-up rules to the configuration in force, so every service applies the same settings. */
public class FollowUpRules {

    @Produces
    @Singleton
    ReportingCalendar reportingCalendar(InitiativeFollowUpConfig config) {
        return new ReportingCalendar(config.reportGraceDays(), config.countedPeriods());
    }

    @Produces
    @Singleton
    InitiativeStandings initiativeStandings(ReportingCalendar calendar) {
        return new InitiativeStandings(calendar);
    }
}
