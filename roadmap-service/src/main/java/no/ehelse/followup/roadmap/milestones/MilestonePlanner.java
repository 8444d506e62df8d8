package no.ehelse.followup.roadmap.milestones;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.ehelse.followup.events.roadmap.Milestone;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.platform.problem.FieldProblems;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.platform.web.WriteOutcome;
import no.ehelse.followup.roadmap.deliveries.DeliveryEntity;
import no.ehelse.followup.roadmap.deliveries.DeliveryPublisher;
import no.ehelse.followup.roadmap.deliveries.DeliveryStates;

/**
 * The admin's side of milestones: defining them from the approved plan (which fixes the baseline
 * date and the phase) and dropping them.
 */
@ApplicationScoped
public class MilestonePlanner {

    @Inject
    DeliveryPublisher publisher;

    @Inject
    DeliveryStates states;

    @Inject
    Today today;

    public List<Milestone> list(String deliveryId) {
        return states.state(DeliveryEntity.findActive(deliveryId)).milestones();
    }

    public Milestone get(String deliveryId, String milestoneId) {
        return MilestoneWritten.find(states.state(DeliveryEntity.findActive(deliveryId)), milestoneId);
    }

    @Transactional
    public MilestoneWritten define(String deliveryId, String milestoneId, MilestoneRequest request) {
        DeliveryEntity delivery = DeliveryEntity.lockActive(deliveryId);
        if (request.deliveryId() != null && !request.deliveryId().equals(deliveryId)) {
            throw ProblemException.invalid("deliveryId", "must be the delivery in the path (" + deliveryId + ") when given");
        }
        if (request.phase() == null && (request.deliverable() == null || request.deliverable().isBlank())) {
            throw ProblemException.invalid("phase", "a milestone marks a phase, a deliverable or both");
        }
        if (request.earliestDate() != null && request.earliestDate().isAfter(request.baselineDate())) {
            throw ProblemException.invalid("earliestDate", "is after baselineDate; a period runs from earliestDate to "
                    + "baselineDate");
        }
        MilestoneDescription description = MilestoneDescription.of(request);
        MilestoneEntity milestone = MilestoneEntity.bySlug(deliveryId, milestoneId);
        String eventType;
        WriteOutcome outcome;
        if (milestone == null) {
            milestone = new MilestoneEntity();
            milestone.deliveryId = deliveryId;
            milestone.slug = milestoneId;
            milestone.phase = request.phase();
            milestone.baselineDate = request.baselineDate();
            milestone.forecastDate = request.baselineDate();
            milestone.definedAt = today.now();
            eventType = RoadmapEvents.MILESTONE_DEFINED;
            outcome = WriteOutcome.CREATED;
        } else {
            checkFixed(milestone, request);
            if (description.equals(MilestoneDescription.of(milestone))) {
                return MilestoneWritten.of(states.state(delivery), milestoneId, WriteOutcome.UNCHANGED);
            }
            eventType = RoadmapEvents.MILESTONE_CHANGED;
            outcome = WriteOutcome.UPDATED;
        }
        description.applyTo(milestone);
        milestone.persist();
        return MilestoneWritten.of(publisher.publish(delivery, eventType), milestoneId, outcome);
    }

    @Transactional
    public void remove(String deliveryId, String milestoneId) {
        DeliveryEntity delivery = DeliveryEntity.lockActive(deliveryId);
        MilestoneEntity milestone = MilestoneEntity.findActive(deliveryId, milestoneId);
        milestone.removedAt = today.now();
        publisher.publish(delivery, RoadmapEvents.MILESTONE_REMOVED);
    }

    /** What the first approved plan said about a milestone stays: its baseline date and the phase it marks. */
    private static void checkFixed(MilestoneEntity milestone, MilestoneRequest request) {
        if (milestone.removedAt != null) {
            throw ProblemException.conflict("Milestone " + milestone.slug + " was removed at " + milestone.removedAt
                    + "; ids are not reused, so define the milestone under a new id");
        }
        if (!milestone.baselineDate.equals(request.baselineDate())) {
            throw FieldProblems.conflict("baselineDate", "is " + milestone.baselineDate + " from the first approved plan "
                    + "and is never overwritten; change the forecast instead (PUT …/forecast, with a reason)");
        }
        if (milestone.phase != request.phase()) {
            throw FieldProblems.conflict("phase", "the milestone marks " + milestone.phase + " and keeps it, so its delay "
                    + "counts for the same indicator over time; define a new milestone instead");
        }
    }
}
