package no.ehelse.followup.roadmap.progress;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.platform.web.WriteOutcome;
import no.ehelse.followup.roadmap.deliveries.DeliveryEntity;
import no.ehelse.followup.roadmap.deliveries.DeliveryPublisher;
import no.ehelse.followup.roadmap.deliveries.DeliveryStates;

/**
 * Records progress reports: a participating actor's own phase (phases 3–5), or the delivery's
 * national phase (1–2) set by its national owner. The admin may report for any participant,
 * including those without an organisation number.
 */
@ApplicationScoped
public class ProgressRecorder {

    public record Recorded(Delivery delivery, WriteOutcome outcome) {
    }

    @Inject
    ProgressLog log;

    @Inject
    DeliveryPhases phases;

    @Inject
    DeliveryPublisher publisher;

    @Inject
    DeliveryStates states;

    @Inject
    ProgressRights rights;

    @Inject
    Today today;

    public List<ProgressReportView> history(String deliveryId) {
        DeliveryEntity.findActive(deliveryId);
        return log.history(deliveryId);
    }

    @Transactional
    public Recorded report(String deliveryId, ProgressRequest request) {
        DeliveryEntity delivery = DeliveryEntity.lockActive(deliveryId);
        if (request.deliveryId() != null && !request.deliveryId().equals(deliveryId)) {
            throw ProblemException.invalid("deliveryId", "must be the delivery in the path (" + deliveryId + ") when given");
        }
        rights.requireInvolved(delivery);
        LocalDate today = this.today.date();
        LocalDate asOf = request.asOf() != null ? request.asOf() : today;
        if (asOf.isAfter(today)) {
            throw ProblemException.invalid("asOf", "lies in the future; report a phase once it is reached");
        }
        boolean national = request.phase().isNational();
        String actor = rights.actorFor(delivery, request);
        ProgressEntity latest = log.current(deliveryId, national, actor);
        Phase previous = national ? delivery.nationalPhase : latest == null ? null : latest.phase;
        ProgressLog.Entry entry = new ProgressLog.Entry(actor, national, request.phase(), asOf, request.reason(),
                request.value(), request.unit(), request.text());
        if ((national && request.phase() == delivery.nationalPhase) || log.isReplay(deliveryId, entry)) {
            return new Recorded(states.state(delivery), WriteOutcome.UNCHANGED);
        }
        if (latest != null && asOf.isBefore(latest.asOf)) {
            throw ProblemException.invalid("asOf", "is before the latest report for " + actor + " (" + latest.asOf
                    + "); progress is recorded in date order");
        }
        if (previous != null && request.phase().compareTo(previous) < 0
                && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.invalid("reason", "moving back from " + previous + " to " + request.phase()
                    + " needs a reason");
        }
        log.append(deliveryId, entry);
        if (national) {
            delivery.nationalPhase = request.phase();
        }
        phases.refresh(delivery);
        return new Recorded(publisher.publish(delivery, RoadmapEvents.PROGRESS_REPORTED), WriteOutcome.CREATED);
    }
}
