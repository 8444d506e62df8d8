package no.ehelse.followup.roadmap.deliveries;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.ehelse.followup.events.initiative.FormerOwner;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.rules.organisation.OrganisationNumber;
import no.ehelse.followup.rules.period.ReportingPeriod;

/** The rules a delivery definition must follow, beyond the shape that bean validation checks. */
final class DeliveryRules {

    static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private DeliveryRules() {
    }

    /** @param current the delivery as it is, or null when it is new */
    static List<FieldError> check(String id, DeliveryRequest request, DeliveryEntity current) {
        List<FieldError> errors = new ArrayList<>();
        if (request.id() != null && !request.id().equals(id)) {
            errors.add(new FieldError("id", "must be the id in the path (" + id + ") when given"));
        }
        if (request.nationalOwner() != null) {
            checkOrganisationNumber("nationalOwner.organisationNumber", request.nationalOwner().organisationNumber(), errors);
            checkNoRole("nationalOwner", request.nationalOwner(), errors);
        }
        checkParticipants(request.participantsOrEmpty(), errors);
        checkCoOwners(request, errors);
        checkFormerOwners(request.formerOwnersOrEmpty(), errors);
        if (request.isPrioritised() && request.priorityRank() == null) {
            errors.add(new FieldError("priorityRank", "a prioritised delivery needs its rank in the council model's order"));
        }
        if (!request.isPrioritised() && request.priorityRank() != null) {
            errors.add(new FieldError("priorityRank", "only a prioritised delivery has a rank; set prioritised to true"));
        }
        checkTimeline(request.timelineOrEmpty(), errors);
        checkNationalPhase(request.nationalPhase(), current, errors);
        return errors;
    }

    private static void checkParticipants(List<ActorRequest> participants, List<FieldError> errors) {
        Map<String, Integer> keys = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            ActorRequest participant = participants.get(i);
            String field = "participants[" + i + "]";
            checkOrganisationNumber(field + ".organisationNumber", participant.organisationNumber(), errors);
            Integer sameKey = keys.putIfAbsent(participant.toActor().key(), i);
            Integer sameName = names.putIfAbsent(participant.name().trim().toLowerCase(Locale.ROOT), i);
            if (sameKey != null) {
                errors.add(new FieldError(field, "is the same actor as participants[" + sameKey + "]"));
            } else if (sameName != null) {
                errors.add(new FieldError(field + ".name", "has the same name as participants[" + sameName
                        + "]; reports name actors by organisation number or name, so names must differ"));
            }
        }
    }

    /** A role is what a participant does; an owner owns. */
    private static void checkNoRole(String field, ActorRequest owner, List<FieldError> errors) {
        if (!owner.rolesOrEmpty().isEmpty()) {
            errors.add(new FieldError(field + ".roles", "only participants have roles; an owner has none"));
        }
    }

    /** Co-owners beside the national owner (the lead): each once, and never the national owner itself. */
    private static void checkCoOwners(DeliveryRequest request, List<FieldError> errors) {
        List<ActorRequest> coOwners = request.coOwnersOrEmpty();
        if (!coOwners.isEmpty() && request.nationalOwner() == null) {
            errors.add(new FieldError("coOwners", "owners in collaboration need a national owner to lead"));
        }
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < coOwners.size(); i++) {
            String field = "coOwners[" + i + "]";
            checkOrganisationNumber(field + ".organisationNumber", coOwners.get(i).organisationNumber(), errors);
            checkNoRole(field, coOwners.get(i), errors);
            String key = coOwners.get(i).toActor().key();
            Integer same = keys.putIfAbsent(key, i);
            if (same != null) {
                errors.add(new FieldError(field, "is the same actor as coOwners[" + same + "]"));
            } else if (request.nationalOwner() != null && key.equals(request.nationalOwner().toActor().key())) {
                errors.add(new FieldError(field, "is the national owner, who leads; list only the others"));
            }
        }
    }

    private static void checkFormerOwners(List<FormerOwner> formerOwners, List<FieldError> errors) {
        for (int i = 0; i < formerOwners.size(); i++) {
            FormerOwner owner = formerOwners.get(i);
            String field = "formerOwners[" + i + "]";
            if (owner.name() == null || owner.name().isBlank()) {
                errors.add(new FieldError(field + ".name", "is required"));
            } else if (owner.name().length() > 300) {
                errors.add(new FieldError(field + ".name", "is longer than 300 characters"));
            }
            if (owner.until() == null) {
                errors.add(new FieldError(field + ".until", "is required: the former owner's last day"));
            }
            if (owner.role() != null) {
                errors.add(new FieldError(field + ".role", "is not used for deliveries; leave it out"));
            }
            checkOrganisationNumber(field + ".organisationNumber", owner.organisationNumber(), errors);
        }
    }

    private static void checkOrganisationNumber(String field, String value, List<FieldError> errors) {
        if (value != null && !value.isBlank() && !OrganisationNumber.isValid(value.trim())) {
            errors.add(new FieldError(field, "is not a valid organisation number (9 digits, mod-11 check digit)"));
        }
    }

    private static void checkTimeline(List<PlannedSegment> timeline, List<FieldError> errors) {
        Map<Phase, Integer> phases = new EnumMap<>(Phase.class);
        for (int i = 0; i < timeline.size(); i++) {
            PlannedSegment segment = timeline.get(i);
            String field = "timeline[" + i + "]";
            Integer samePhase = phases.putIfAbsent(segment.phase(), i);
            if (samePhase != null) {
                errors.add(new FieldError(field + ".phase", segment.phase() + " is already planned in timeline["
                        + samePhase + "]; give each phase one period"));
            }
            ReportingPeriod from = period(field + ".from", segment.from(), errors);
            ReportingPeriod to = segment.to() == null || segment.to().isBlank() ? from
                    : period(field + ".to", segment.to(), errors);
            if (from != null && to != null && to.end().isBefore(from.start())) {
                errors.add(new FieldError(field + ".to", "ends (" + to.end() + ") before the segment starts ("
                        + from.start() + ")"));
            }
        }
    }

    private static ReportingPeriod period(String field, String text, List<FieldError> errors) {
        try {
            return ReportingPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    private static void checkNationalPhase(Phase requested, DeliveryEntity current, List<FieldError> errors) {
        if (requested == null) {
            return;
        }
        if (!requested.isNational()) {
            errors.add(new FieldError("nationalPhase", "must be CONCEPT_MANDATE or DEVELOPMENT_LIMITED_TRIAL; from "
                    + "ADAPTATION_EXTENDED_TRIAL on the phase follows from the participants' own reports (POST /progress)"));
        } else if (current != null && requested.compareTo(current.nationalPhase) < 0) {
            errors.add(new FieldError("nationalPhase", "moving back from " + current.nationalPhase + " to " + requested
                    + " needs a reason; report it with POST /api/v1/deliveries/" + current.id + "/progress"));
        }
    }
}
