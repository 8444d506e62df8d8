package no.ehelse.followup.initiative.initiatives;

import no.ehelse.followup.rules.initiative.Owners;

import no.ehelse.followup.events.initiative.TrafficLight;

/** The list's filters on an initiative's owners and derived state; null means any. */
record InitiativeFilter(String owner, TrafficLight status, Boolean overdue) {

    boolean matches(InitiativeView view) {
        return (owner == null || Owners.involves(view.initiative(), owner))
                && (status == null || status == view.currentStatus().overallStatus())
                && (overdue == null || overdue == view.reporting().overdue());
    }
}
