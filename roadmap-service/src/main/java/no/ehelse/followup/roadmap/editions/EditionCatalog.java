package no.ehelse.followup.roadmap.editions;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Edition;
import no.ehelse.followup.events.roadmap.EditionDelivery;
import no.ehelse.followup.events.roadmap.EditionMilestone;
import no.ehelse.followup.events.roadmap.EditionStatus;
import no.ehelse.followup.events.roadmap.RoadmapEvents;
import no.ehelse.followup.platform.outbox.EventOutbox;
import no.ehelse.followup.platform.problem.FieldProblems;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.roadmap.Constraints;
import no.ehelse.followup.roadmap.deliveries.DeliveryEntity;
import no.ehelse.followup.roadmap.deliveries.DeliveryStates;

/** Freezes the roadmap as editions, reads them, and compares them with today's plans. */
@ApplicationScoped
public class EditionCatalog {

    @Inject
    DeliveryStates states;

    @Inject
    EventOutbox outbox;

    @Inject
    CallerIdentity caller;

    @Inject
    EntityManager entityManager;

    @Inject
    Today today;

    public List<EditionSummary> list() {
        return EditionEntity.<EditionEntity> listAll(Sort.by("approvedOn").and("id")).stream()
                .map(EditionEntity::toSummary)
                .toList();
    }

    public Edition get(long id) {
        return find(id).toEdition();
    }

    public EditionComparison compare(long id) {
        EditionEntity edition = find(id);
        List<DeliveryEntity> current = DeliveryEntity.list("removedAt is null", Sort.by("subGoalId").and("id"));
        return EditionComparator.compare(edition.toEdition(), edition.toSummary(), states.states(current),
                today.now());
    }

    /**
     * Freezes the roadmap as it is now. The deliveries are share-locked while they are read, so no
     * change to one of them (all of which lock it) lands half in the edition.
     */
    @Transactional
    public Edition freeze(EditionRequest request) {
        checkApproval(request);
        if (EditionEntity.count("name", request.name()) > 0) {
            throw nameTaken(request.name());
        }
        List<DeliveryEntity> deliveries = DeliveryEntity.<DeliveryEntity> find("removedAt is null", Sort.by("subGoalId")
                .and("id")).withLock(LockModeType.PESSIMISTIC_READ).list();
        EventActor by = caller.actor();
        EditionEntity edition = new EditionEntity();
        edition.name = request.name();
        edition.approvedBy = request.approvedBy();
        edition.approvedOn = request.approvedOn();
        edition.status = request.statusOrApproved();
        edition.description = request.description();
        edition.frozenAt = today.now();
        edition.frozenByOrganisation = by.organisation();
        edition.frozenByClient = by.client();
        edition.deliveries = states.states(deliveries).stream().map(EditionCatalog::frozen).toList();
        edition.persist();
        Constraints.flush(entityManager, Map.of("edition_name_key", () -> nameTaken(request.name())));
        Edition state = edition.toEdition();
        outbox.append(RoadmapEvents.EDITION, String.valueOf(edition.id), 1, RoadmapEvents.EDITION_FROZEN,
                RoadmapEvents.SCHEMA_VERSION, state);
        return state;
    }

    /** An approved edition says who approved it and when; one under consideration claims neither. */
    private void checkApproval(EditionRequest request) {
        if (request.statusOrApproved() == EditionStatus.UNDER_CONSIDERATION) {
            if (request.approvedBy() != null || request.approvedOn() != null) {
                throw ProblemException.invalid(request.approvedBy() != null ? "approvedBy" : "approvedOn",
                        "an edition UNDER_CONSIDERATION is not approved; leave approvedBy and approvedOn out");
            }
            return;
        }
        if (request.approvedBy() == null || request.approvedBy().isBlank()) {
            throw ProblemException.invalid("approvedBy", "an APPROVED edition names the body that approved it");
        }
        if (request.approvedOn() == null) {
            throw ProblemException.invalid("approvedOn", "an APPROVED edition says when it was approved");
        }
        if (request.approvedOn().isAfter(today.date())) {
            throw ProblemException.invalid("approvedOn", "lies in the future; freeze an edition once it is approved");
        }
    }

    private static EditionDelivery frozen(Delivery delivery) {
        return new EditionDelivery(delivery.id(), delivery.subGoalId(), delivery.name(), delivery.prioritised(),
                delivery.priorityRank(), delivery.phase(), delivery.timeline(), delivery.milestones().stream()
                        .map(milestone -> new EditionMilestone(milestone.id(), milestone.name(), milestone.phase(),
                                milestone.baselineDate(), milestone.forecastDate(), milestone.actualDate()))
                        .toList());
    }

    private static EditionEntity find(long id) {
        return EditionEntity.<EditionEntity> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Edition " + id));
    }

    private static ProblemException nameTaken(String name) {
        return FieldProblems.conflict("name", "an edition named " + name + " is already frozen; editions never change, "
                + "so give a new one a new name");
    }
}
