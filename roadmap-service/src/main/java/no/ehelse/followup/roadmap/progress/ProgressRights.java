package no.ehelse.followup.roadmap.progress;

import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.ehelse.followup.events.roadmap.Actor;
import no.ehelse.followup.platform.problem.FieldProblems;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.roadmap.deliveries.DeliveryEntity;

/**
 * Who may report a delivery's progress, and for which actor: a participant its own phase, the
 * national owner the national phase, the admin either for anyone.
 */
@ApplicationScoped
public class ProgressRights {

    @Inject
    CallerIdentity caller;

    /** @throws ProblemException 403 for an organisation that neither participates in nor owns the delivery */
    public void requireInvolved(DeliveryEntity delivery) {
        String organisation = caller.organisation().orElse(null);
        boolean participates = organisation != null && delivery.participant(organisation).isPresent();
        if (!caller.isAdmin() && !participates && !delivery.isNationalOwner(organisation)) {
            throw ProblemException.forbidden("Organisation " + (organisation == null ? "(none in the token)" : organisation)
                    + " neither participates in nor owns delivery " + delivery.id);
        }
    }

    /**
     * @return the key of the actor the report is for: the participant's, or for a national phase the
     *         delivery's national key
     * @throws ProblemException 403 for a caller that may not report for that actor or phase, 400
     *         naming actor when the named actor cannot be reported for
     */
    public String actorFor(DeliveryEntity delivery, ProgressRequest request) {
        return request.phase().isNational() ? nationalActor(delivery, request) : ownActor(delivery, request);
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
