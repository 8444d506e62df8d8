package no.ehelse.followup.roadmap.milestones;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.roadmap.MilestoneChangeKind;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.platform.problem.FieldProblems;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.platform.web.WriteOutcome;
import no.ehelse.followup.roadmap.deliveries.DeliveryEntity;
import no.ehelse.followup.roadmap.deliveries.DeliveryPublisher;
import no.ehelse.followup.roadmap.deliveries.DeliveryStates;

/**
 * The national owner's side of milestones: forecasts and actual dates, each change kept with who,
 * when and why.
 */
@ApplicationScoped
public class MilestoneTracker {

    @Inject
    DeliveryPublisher publisher;

    @Inject
    DeliveryStates states;

    @Inject
    CallerIdentity caller;

    @Inject
    Today today;

    @Transactional
    public MilestoneWritten forecast(String deliveryId, String milestoneId, ForecastRequest request) {
        DeliveryEntity delivery = lockAsOwner(deliveryId);
        MilestoneEntity milestone = MilestoneEntity.findActive(deliveryId, milestoneId);
        if (milestone.actualDate != null) {
            throw FieldProblems.conflict("forecastDate", "the milestone was reached on " + milestone.actualDate
                    + "; correct its actual date instead (PUT …/actual, with a reason)");
        }
        if (milestone.forecastDate.equals(request.forecastDate())) {
            return unchanged(delivery, milestoneId);
        }
        record(milestone, MilestoneChangeKind.FORECAST, request.forecastDate(), milestone.forecastDate, request.reason());
        milestone.forecastDate = request.forecastDate();
        return published(delivery, milestoneId, RoadmapEvents.MILESTONE_FORECAST_CHANGED);
    }

    @Transactional
    public MilestoneWritten reach(String deliveryId, String milestoneId, ActualRequest request) {
        DeliveryEntity delivery = lockAsOwner(deliveryId);
        MilestoneEntity milestone = MilestoneEntity.findActive(deliveryId, milestoneId);
        if (request.actualDate().isAfter(today.date())) {
            throw ProblemException.invalid("actualDate", "lies in the future; record it once the milestone is reached, "
                    + "and change the forecast until then");
        }
        if (request.actualDate().equals(milestone.actualDate) && request.isDayUnknown() == milestone.actualDayUnknown) {
            return unchanged(delivery, milestoneId);
        }
        // Saying only that the day is (or is not) known keeps the date: no correction, no reason needed; a loader
        // run over a database recorded before the day could be marked unknown marks it so.
        if (milestone.actualDate != null && !request.actualDate().equals(milestone.actualDate)
                && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.invalid("reason", "correcting the actual date " + milestone.actualDate + " needs a reason");
        }
        record(milestone, MilestoneChangeKind.ACTUAL, request.actualDate(), milestone.actualDate, request.reason());
        milestone.actualDate = request.actualDate();
        milestone.actualDayUnknown = request.isDayUnknown();
        return published(delivery, milestoneId, RoadmapEvents.MILESTONE_REACHED);
    }

    /** Forecasts and actual dates are the national owner's to keep (the admin may too). */
    private DeliveryEntity lockAsOwner(String deliveryId) {
        DeliveryEntity delivery = DeliveryEntity.lockActive(deliveryId);
        if (!caller.isAdmin() && !delivery.isNationalOwner(caller.organisation().orElse(null))) {
            throw ProblemException.forbidden("Only the national owner of " + deliveryId + " ("
                    + delivery.nationalOwnerName() + ") updates its milestones' forecasts and actual dates");
        }
        return delivery;
    }

    private void record(MilestoneEntity milestone, MilestoneChangeKind kind, LocalDate date, LocalDate previous,
            String reason) {
        EventActor by = caller.actor();
        MilestoneChangeEntity change = new MilestoneChangeEntity();
        change.milestoneId = milestone.id;
        change.kind = kind;
        change.date = date;
        change.previousDate = previous;
        change.reason = reason;
        change.changedAt = today.now();
        change.changedByOrganisation = by.organisation();
        change.changedByClient = by.client();
        change.persist();
    }

    private MilestoneWritten unchanged(DeliveryEntity delivery, String milestoneId) {
        return MilestoneWritten.of(states.state(delivery), milestoneId, WriteOutcome.UNCHANGED);
    }

    private MilestoneWritten published(DeliveryEntity delivery, String milestoneId, String eventType) {
        return MilestoneWritten.of(publisher.publish(delivery, eventType), milestoneId, WriteOutcome.UPDATED);
    }
}
