package no.ehelse.followup.initiative.initiatives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.ehelse.followup.events.initiative.FormerOwner;
import no.ehelse.followup.events.initiative.Lifecycle;
import no.ehelse.followup.events.initiative.Owner;
import no.ehelse.followup.events.initiative.Ownership;
import no.ehelse.followup.events.initiative.StatusSource;

/**
 * What the admin defines about an initiative, normalised so that the same definition sent again
 * compares equal: trimmed owners, duplicate related ids dropped, the default cadence filled in.
 */
record InitiativeDefinition(String goalId, String name, String description, String rationale, StatusSource statusSource,
        Ownership ownership, List<Owner> owners, String ownerText, List<String> relatedIndicatorIds,
        List<String> relatedSubGoalIds, Lifecycle lifecycle, LocalDate startDate, LocalDate endDate, int reportsPerYear,
        List<FormerOwner> formerOwners, boolean relatedIndicatorsInferred) {

    /** From a validated request. */
    static InitiativeDefinition of(InitiativeRequest request) {
        return new InitiativeDefinition(request.goalId(), request.name(), request.description(), request.rationale(),
                request.statusSource().toStatusSource(), request.ownership(),
                request.ownersOrEmpty().stream().map(OwnerRequest::toOwner).toList(), request.ownerText(),
                request.relatedIndicatorIdsOrEmpty().stream().distinct().toList(),
                request.relatedSubGoalIdsOrEmpty().stream().distinct().toList(),
                request.lifecycle(), request.startDate(), request.endDate(), request.reportsPerYearOrDefault(),
                request.formerOwnersOrEmpty().stream().map(FormerOwnerRequest::toFormerOwner).toList(),
                Boolean.TRUE.equals(request.relatedIndicatorsInferred()));
    }

    static InitiativeDefinition of(InitiativeEntity initiative) {
        return new InitiativeDefinition(initiative.goalId, initiative.name, initiative.description, initiative.rationale,
                initiative.statusSource, initiative.ownership, List.copyOf(initiative.owners), initiative.ownerText,
                List.copyOf(initiative.relatedIndicatorIds), List.copyOf(initiative.relatedSubGoalIds), initiative.lifecycle,
                initiative.startDate, initiative.endDate, initiative.reportsPerYear, List.copyOf(initiative.formerOwners),
                initiative.relatedIndicatorsInferred);
    }

    void applyTo(InitiativeEntity initiative) {
        initiative.goalId = goalId;
        initiative.name = name;
        initiative.description = description;
        initiative.rationale = rationale;
        initiative.statusSource = statusSource;
        initiative.ownership = ownership;
        initiative.owners = new ArrayList<>(owners);
        initiative.ownerText = ownerText;
        initiative.relatedIndicatorIds = new ArrayList<>(relatedIndicatorIds);
        initiative.relatedSubGoalIds = new ArrayList<>(relatedSubGoalIds);
        initiative.lifecycle = lifecycle;
        initiative.startDate = startDate;
        initiative.endDate = endDate;
        initiative.reportsPerYear = reportsPerYear;
        initiative.formerOwners = new ArrayList<>(formerOwners);
        initiative.relatedIndicatorsInferred = relatedIndicatorsInferred;
    }
}
