package no.ehelse.followup.initiative.initiatives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import no.ehelse.followup.events.initiative.Lifecycle;
import no.ehelse.followup.events.initiative.Owner;
import no.ehelse.followup.events.initiative.Ownership;
import no.ehelse.followup.events.initiative.StatusSourceKind;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.rules.initiative.Cadence;
import no.ehelse.followup.rules.organisation.OrganisationNumber;

/** The rules an initiative definition must follow, beyond the shape that bean validation checks. */
final class InitiativeRules {

    static final String ID_PATTERN = "[1-5]\\.[A-Z]";
    private static final Pattern SUB_GOAL_ID = Pattern.compile(ID_PATTERN);
    private static final Pattern INDICATOR_ID = Pattern.compile("[1-5](\\.[0-9]{1,2}){1,3}");

    private InitiativeRules() {
    }

    static List<FieldError> check(String id, InitiativeRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (request.id() != null && !request.id().equals(id)) {
            errors.add(new FieldError("id", "must be the id in the path (" + id + ") when given"));
        }
        if (!id.startsWith(request.goalId() + ".")) {
            errors.add(new FieldError("goalId", "initiative " + id + " belongs to goal " + id.charAt(0)));
        }
        if (request.statusSource().kind() == StatusSourceKind.OTHER
                && (request.statusSource().text() == null || request.statusSource().text().isBlank())) {
            errors.add(new FieldError("statusSource.text", "describe how status is collected when the kind is OTHER"));
        }
        checkOwners(request, today, errors);
        checkIds("relatedIndicatorIds", request.relatedIndicatorIdsOrEmpty(), INDICATOR_ID, "an indicator id such as 4.2.5",
                errors);
        checkIds("relatedSubGoalIds", request.relatedSubGoalIdsOrEmpty(), SUB_GOAL_ID, "a roadmap sub-goal id such as 2.B",
                errors);
        if (Cadence.of(request.reportsPerYearOrDefault()).isEmpty()) {
            errors.add(new FieldError("reportsPerYear", "must be " + Cadence.ALLOWED));
        }
        checkDates(request, today, errors);
        return errors;
    }

    private static void checkOwners(InitiativeRequest request, LocalDate today, List<FieldError> errors) {
        List<OwnerRequest> owners = request.ownersOrEmpty();
        if (request.ownership() == Ownership.SETTLED && owners.isEmpty()) {
            errors.add(new FieldError("owners", "a SETTLED ownership names at least one owner"));
        }
        if (request.ownership() == Ownership.UNDER_CLARIFICATION && !owners.isEmpty()) {
            errors.add(new FieldError("owners", "an ownership UNDER_CLARIFICATION has no owners yet; list them with "
                    + "SETTLED or SEVERAL"));
        }
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < owners.size(); i++) {
            Owner owner = owners.get(i).toOwner();
            String field = "owners[" + i + "]";
            if (owner.organisationNumber() != null && !OrganisationNumber.isValid(owner.organisationNumber())) {
                errors.add(new FieldError(field + ".organisationNumber",
                        "is not a valid organisation number (9 digits, mod-11 check digit)"));
            }
            if (owner.since() != null && owner.since().isAfter(today)) {
                errors.add(new FieldError(field + ".since", "lies in the future; an owner takes over when it does"));
            }
            Integer sameNumber = owner.organisationNumber() == null ? null : numbers.putIfAbsent(owner.organisationNumber(), i);
            Integer sameName = names.putIfAbsent(owner.name().toLowerCase(Locale.ROOT), i);
            if (sameNumber != null) {
                errors.add(new FieldError(field + ".organisationNumber", "is the same organisation as owners[" + sameNumber + "]"));
            } else if (sameName != null) {
                errors.add(new FieldError(field + ".name", "is the same name as owners[" + sameName + "]"));
            }
        }
        List<FormerOwnerRequest> former = request.formerOwnersOrEmpty();
        for (int i = 0; i < former.size(); i++) {
            if (former.get(i).until() != null && former.get(i).until().isAfter(today)) {
                errors.add(new FieldError("formerOwners[" + i + "].until", "lies in the future; a current owner belongs "
                        + "in owners until then"));
            }
        }
    }

    private static void checkIds(String field, List<String> ids, Pattern pattern, String what, List<FieldError> errors) {
        for (int i = 0; i < ids.size(); i++) {
            if (!pattern.matcher(ids.get(i)).matches()) {
                errors.add(new FieldError(field + "[" + i + "]", "must be " + what));
            }
        }
    }

    private static void checkDates(InitiativeRequest request, LocalDate today, List<FieldError> errors) {
        Lifecycle lifecycle = request.lifecycle();
        LocalDate start = request.startDate();
        LocalDate end = request.endDate();
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("endDate", "is before startDate (" + start + ")"));
        }
        if (lifecycle != Lifecycle.PROPOSED && start != null && start.isAfter(today)) {
            errors.add(new FieldError("startDate", "lies in the future; an initiative that is " + lifecycle
                    + " has started (use PROPOSED for a planned start)"));
        }
        if (lifecycle.hasEnded() && end == null) {
            errors.add(new FieldError("endDate", "is required for a " + lifecycle + " initiative: the day it ended"));
        }
        if (lifecycle.hasEnded() && end != null && end.isAfter(today)) {
            errors.add(new FieldError("endDate", "lies in the future; a " + lifecycle + " initiative has ended"));
        }
    }
}
