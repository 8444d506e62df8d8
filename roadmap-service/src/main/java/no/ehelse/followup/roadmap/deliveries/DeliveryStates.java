package no.ehelse.followup.roadmap.deliveries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.roadmap.Actor;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Milestone;
import no.ehelse.followup.events.roadmap.MilestoneChange;
import no.ehelse.followup.events.roadmap.Participant;
import no.ehelse.followup.events.roadmap.ParticipantRole;
import no.ehelse.followup.events.roadmap.TimelineSegment;
import no.ehelse.followup.roadmap.milestones.MilestoneChangeEntity;
import no.ehelse.followup.roadmap.milestones.MilestoneEntity;
import no.ehelse.followup.roadmap.progress.ProgressEntity;
import no.ehelse.followup.roadmap.progress.ProgressLog;
import no.ehelse.followup.rules.roadmap.MilestoneDelay;

/**
 * Assembles the full state of deliveries (the API's representation and the events' payload) from
 * their rows, their participants' current reports and their milestones, a few queries for any
 * number of deliveries.
 */
@ApplicationScoped
public class DeliveryStates {

    @Inject
    ProgressLog progress;

    @Inject
    MilestoneDelay delays;

    public Delivery state(DeliveryEntity delivery) {
        return states(List.of(delivery)).get(0);
    }

    public List<Delivery> states(List<DeliveryEntity> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        List<String> ids = deliveries.stream().map(delivery -> delivery.id).toList();
        Map<String, Map<String, ProgressEntity>> reports = progress.currentByActor(ids);
        Map<String, List<Milestone>> milestones = milestones(ids);
        List<Delivery> states = new ArrayList<>(deliveries.size());
        for (DeliveryEntity delivery : deliveries) {
            Map<String, ProgressEntity> own = reports.getOrDefault(delivery.id, Map.of());
            List<Participant> participants = delivery.participants.stream()
                    .map(actor -> participant(actor, own.get(actor.key()), delivery.participantRoles.getOrDefault(actor.key(), List.of())))
                    .toList();
            List<TimelineSegment> timeline = delivery.timeline.stream().map(PlannedSegment::toSegment).toList();
            List<Milestone> its = milestones.getOrDefault(delivery.id, List.of());
            states.add(new Delivery(delivery.id, delivery.subGoalId, delivery.name, delivery.description,
                    delivery.nationalOwner, participants, delivery.prioritised, delivery.priorityRank, timeline,
                    delivery.nationalPhase, delivery.majorityPhase, delivery.phase, its, delays.significantDelayDays(),
                    its.stream().anyMatch(Milestone::significantlyDelayed), delivery.definedAt, delivery.removedAt,
                    delivery.version, delivery.pausedReason, List.copyOf(delivery.coOwners),
                    List.copyOf(delivery.formerOwners), List.copyOf(delivery.prerequisites),
                    List.copyOf(delivery.alsoUnderSubGoals)));
        }
        return states;
    }

    private static Participant participant(Actor actor, ProgressEntity report, List<ParticipantRole> roles) {
        return new Participant(actor.organisationNumber(), actor.name(), report == null ? null : report.toActorProgress(),
                roles);
    }

    /** The milestones in the roadmap, by delivery, in order of their baseline dates. */
    private Map<String, List<Milestone>> milestones(List<String> deliveryIds) {
        List<MilestoneEntity> milestones = MilestoneEntity.list("deliveryId in ?1 and removedAt is null",
                Sort.by("baselineDate").and("slug"), deliveryIds);
        if (milestones.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<MilestoneChange>> history = MilestoneChangeEntity.<MilestoneChangeEntity> list(
                "milestoneId in ?1", Sort.by("id"), milestones.stream().map(milestone -> milestone.id).toList())
                .stream()
                .collect(Collectors.groupingBy(change -> change.milestoneId,
                        Collectors.mapping(MilestoneChangeEntity::toChange, Collectors.toList())));
        return milestones.stream()
                .collect(Collectors.groupingBy(milestone -> milestone.deliveryId,
                        Collectors.mapping(milestone -> milestone(milestone, history.getOrDefault(milestone.id, List.of())),
                                Collectors.toList())));
    }

    private Milestone milestone(MilestoneEntity milestone, List<MilestoneChange> history) {
        long days = delays.days(milestone.baselineDate, milestone.forecastDate, milestone.actualDate);
        return new Milestone(milestone.slug, milestone.name, milestone.phase, milestone.deliverable, milestone.text,
                milestone.baselineDate, milestone.forecastDate, milestone.actualDate, milestone.actualDate != null, days,
                delays.significant(days), milestone.definedAt, history, milestone.certainty, milestone.earliestDate,
                milestone.statedDelay, milestone.actualDate == null ? null : milestone.actualDayUnknown);
    }
}
