package no.ehelse.followup.roadmap.deliveries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.ehelse.followup.events.initiative.FormerOwner;
import no.ehelse.followup.events.roadmap.Actor;
import no.ehelse.followup.events.roadmap.ParticipantRole;

/**
 * What the admin defines about a delivery, normalised so that the same definition sent again
 * compares equal: trimmed actors, periods as ReportingPeriod writes them, the timeline in phase order.
 */
record DeliveryDefinition(String subGoalId, String name, String description, Actor nationalOwner,
        List<Actor> participants, boolean prioritised, Integer priorityRank, List<PlannedSegment> timeline,
        String pausedReason, List<Actor> coOwners, List<FormerOwner> formerOwners, List<String> prerequisites,
        Map<String, List<ParticipantRole>> participantRoles, List<String> alsoUnderSubGoals) {

    /** From a validated request. */
    static DeliveryDefinition of(DeliveryRequest request) {
        return new DeliveryDefinition(request.subGoalId(), request.name(), request.description(),
                request.nationalOwner() == null ? null : request.nationalOwner().toActor(),
                request.participantsOrEmpty().stream().map(ActorRequest::toActor).toList(),
                request.isPrioritised(), request.isPrioritised() ? request.priorityRank() : null,
                request.timelineOrEmpty().stream()
                        .map(PlannedSegment::normalised)
                        .sorted(Comparator.comparing(PlannedSegment::phase))
                        .toList(),
                request.pausedReason() == null || request.pausedReason().isBlank() ? null : request.pausedReason().strip(),
                request.coOwnersOrEmpty().stream().map(ActorRequest::toActor).toList(),
                request.formerOwnersOrEmpty().stream()
                        .map(owner -> new FormerOwner(blankToNull(owner.organisationNumber()), owner.name().strip(), null,
                                owner.until(), blankToNull(owner.successor())))
                        .sorted(Comparator.comparing(FormerOwner::until))
                        .toList(),
                request.prerequisitesOrEmpty().stream().map(String::strip).distinct().sorted().toList(),
                roles(request.participantsOrEmpty()),
                request.alsoUnderSubGoalsOrEmpty().stream().map(String::strip).distinct().sorted().toList());
    }

    /** The roles given, by the participant's key, in key order, each in the enum's order; those without any left out. */
    private static Map<String, List<ParticipantRole>> roles(List<ActorRequest> participants) {
        Map<String, List<ParticipantRole>> roles = new TreeMap<>();
        participants.stream().filter(participant -> !participant.rolesOrEmpty().isEmpty())
                .forEach(participant -> roles.put(participant.toActor().key(),
                        participant.rolesOrEmpty().stream().distinct().sorted().toList()));
        return Collections.unmodifiableMap(roles);
    }

    static DeliveryDefinition of(DeliveryEntity delivery) {
        return new DeliveryDefinition(delivery.subGoalId, delivery.name, delivery.description, delivery.nationalOwner,
                List.copyOf(delivery.participants), delivery.prioritised, delivery.priorityRank,
                List.copyOf(delivery.timeline), delivery.pausedReason, List.copyOf(delivery.coOwners),
                List.copyOf(delivery.formerOwners), List.copyOf(delivery.prerequisites),
                Collections.unmodifiableMap(new TreeMap<>(delivery.participantRoles)),
                List.copyOf(delivery.alsoUnderSubGoals));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    void applyTo(DeliveryEntity delivery) {
        delivery.subGoalId = subGoalId;
        delivery.name = name;
        delivery.description = description;
        delivery.nationalOwner = nationalOwner;
        delivery.participants = new ArrayList<>(participants);
        delivery.prioritised = prioritised;
        delivery.priorityRank = priorityRank;
        delivery.timeline = new ArrayList<>(timeline);
        delivery.pausedReason = pausedReason;
        delivery.coOwners = new ArrayList<>(coOwners);
        delivery.formerOwners = new ArrayList<>(formerOwners);
        delivery.prerequisites = new ArrayList<>(prerequisites);
        delivery.participantRoles = new TreeMap<>(participantRoles);
        delivery.alsoUnderSubGoals = new ArrayList<>(alsoUnderSubGoals);
    }
}
