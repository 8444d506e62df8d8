package no.ehelse.followup.initiative.initiatives;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.initiative.reports.CurrentReports;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.rules.initiative.InitiativeStandings;

/** Adds each initiative's current status and reporting calendar, as of today, from its owners' latest reports. */
@ApplicationScoped
public class InitiativeViews {

    @Inject
    CurrentReports reports;

    @Inject
    InitiativeStandings standings;

    @Inject
    Today today;

    public InitiativeView of(Initiative initiative) {
        return of(List.of(initiative)).get(0);
    }

    public List<InitiativeView> of(List<Initiative> initiatives) {
        return standings.of(initiatives, reports.of(initiatives.stream().map(Initiative::id).toList()), today.date())
                .stream()
                .map(standing -> new InitiativeView(standing.initiative(), standing.currentStatus(), standing.reporting()))
                .toList();
    }
}
