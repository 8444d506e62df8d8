package no.ehelse.followup.platform.rules;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import no.ehelse.followup.rules.initiative.CurrentStatusRule;
import no.ehelse.followup.rules.initiative.InitiativeStandings;
import no.ehelse.followup.rules.initiative.ReportingCalendar;
import no.ehelse.followup.rules.initiative.ReportingSchedules;

/** Wires the plain-Java follow-up rules to the configuration in force, so every service applies the same settings. */
public class FollowUpRules {

    @Produces
    @Singleton
    ReportingCalendar reportingCalendar(InitiativeFollowUpConfig config) {
        return new ReportingCalendar(config.reportGraceDays(), config.countedPeriods());
    }

    @Produces
    @Singleton
    CurrentStatusRule currentStatusRule(ReportingCalendar calendar) {
        return new CurrentStatusRule(calendar);
    }

    @Produces
    @Singleton
    ReportingSchedules reportingSchedules(ReportingCalendar calendar) {
        return new ReportingSchedules(calendar);
    }

    @Produces
    @Singleton
    InitiativeStandings initiativeStandings(ReportingCalendar calendar) {
        return new InitiativeStandings(calendar);
    }
}
