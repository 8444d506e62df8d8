package no.ehelse.followup.rules.initiative;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.Owner;

/** Who owns an initiative, as the organisations that report for it. */
public final class Owners {

    private Owners() {
    }

    /** The owners' organisation numbers in the listed order: the organisations that report for themselves. */
    public static List<String> organisations(Initiative initiative) {
        return initiative.owners().stream().map(Owner::organisationNumber).filter(Objects::nonNull).distinct().toList();
    }

    private static Optional<Owner> withOrganisation(Initiative initiative, String organisationNumber) {
        return initiative.owners().stream()
                .filter(owner -> organisationNumber != null && organisationNumber.equals(owner.organisationNumber()))
                .findFirst();
    }

    /** The owner's name as the initiative lists it, or null for an organisation that is not a listed owner. */
    public static String nameOf(Initiative initiative, String organisationNumber) {
        return withOrganisation(initiative, organisationNumber).map(Owner::name).orElse(null);
    }

    /** The owner that {@code owner} names: its organisation number, or its name (case-insensitive). */
    public static boolean involves(Initiative initiative, String owner) {
        return initiative.owners().stream()
                .anyMatch(o -> owner.equals(o.organisationNumber()) || owner.equalsIgnoreCase(o.name()));
    }
}
