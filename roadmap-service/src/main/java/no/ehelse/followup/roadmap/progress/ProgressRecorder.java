package no.ehelse.followup.roadmap.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.ehelse.followup.events.roadmap.Actor;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Phase;
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
    CallerIdentity caller;

    @Inject
    Today today;

    public List<ProgressReport> history(String deliveryId) {
        DeliveryEntity.findActive(deliveryId);
        return log.history(deliveryId);
    }

    @Transactional
    public Recorded report(String deliveryId, ProgressRequest request) {
        DeliveryEntity delivery = DeliveryEntity.lockActive(deliveryId);
        if (request.deliveryId() != null && !request.deliveryId().equals(deliveryId)) {
            throw ProblemException.invalid("deliveryId", "must be the delivery in the path (" + deliveryId + ") when given");
        }
        String organisation = caller.organisation().orElse(null);
        boolean participates = organisation != null && delivery.participant(organisation).isPresent();
        if (!caller.isAdmin() && !participates && !delivery.isNationalOwner(organisation)) {
            throw ProblemException.forbidden("Organisation " + (organisation == null ? "(none in the token)" : organisation)
                    + " neither participates in nor owns delivery " + deliveryId);
        }
        LocalDate today = this.today.date();
        LocalDate asOf = request.asOf() != null ? request.asOf() : today;
        if (asOf.isAfter(today)) {
            throw ProblemException.invalid("asOf", "lies in the future; report a phase once it is reached");
        }
        boolean national = request.phase().isNational();
        String actor = national ? nationalActor(delivery, request) : ownActor(delivery, request);
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

    /** The national phases are the delivery's as a whole, set by its national owner or the admin. */
    private String nationalActor(DeliveryEntity delivery, ProgressRequest request) {
        Actor owner = delivery.nationalOwner;
        if (!caller.isAdmin() && !delivery.isNationalOwner(caller.organisation().orElse(null))) {
            throw FieldProblems.forbidden("phase", request.phase() + " is a national phase, set for the delivery as a "
                    + "whole by its national owner (" + delivery.nationalOwnerName() + "); participants report from "
                    + "ADAPTATION_EXTENDED_TRIAL on");
        }
        if (request.actor() != null && (owner == null || !request.actor().equals(owner.organisationNumber())
                && !request.actor().equalsIgnoreCase(owner.name()))) {
            throw ProblemException.invalid("actor", "a national phase is the delivery's as a whole; leave actor out or "
                    + "name the national owner");
        }
        return delivery.nationalKey();
    }

    /** A participant reports its own phase; only the admin reports for another participant. */
    private String ownActor(DeliveryEntity delivery, ProgressRequest request) {
        String organisation = caller.organisation().orElse(null);
        String named = request.actor() != null ? request.actor() : organisation;
        Optional<Actor> participant = named == null ? Optional.empty() : delivery.participant(named);
        if (caller.isAdmin()) {
            return participant.orElseThrow(() -> ProblemException.invalid("actor", (named == null ? "is required"
                    : named + " does not participate in delivery " + delivery.id) + "; name a participant")).key();
        }
        if (participant.isEmpty()) {
            throw FieldProblems.forbidden("actor", (named == null ? "the caller" : named) + " does not participate in "
                    + "delivery " + delivery.id + "; only participating actors report their phase");
        }
        if (!Objects.equals(participant.get().organisationNumber(), organisation)) {
            throw FieldProblems.forbidden("actor", "an organisation reports only its own phase, not "
                    + participant.get().name() + "'s");
        }
        return participant.get().key();
    }
}
