package no.ehelse.followup.initiative.reports;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.platform.problem.FieldProblems;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.rules.initiative.Owners;
import no.ehelse.followup.rules.initiative.RuleTexts;

/** Which owner a status report is for, and whether the caller may submit it ({@link RuleTexts#WHO_REPORTS}). */
@ApplicationScoped
public class ReportingRights {

    @Inject
    CallerIdentity caller;

    /**
     * @param owner the owner the request names, or null
     * @return the organisation number of the owner the report is for
     * @throws ProblemException 403 for a caller that is not an owner or reports for another owner, 400
     *         naming owner when the admin names an organisation it cannot report for
     */
    public String ownerFor(Initiative initiative, String owner) {
        String requested = owner == null || owner.isBlank() ? null : owner.strip();
        List<String> owners = Owners.organisations(initiative);
        if (caller.isAdmin()) {
            return forAdmin(initiative, owners, requested);
        }
        String organisation = caller.requireOrganisation();
        if (!owners.contains(organisation)) {
            throw ProblemException.forbidden("Organisation " + organisation + " is not an owner of initiative "
                    + initiative.id() + "; only its owners report its status");
        }
        if (requested != null && !requested.equals(organisation)) {
            throw FieldProblems.forbidden("owner", "an organisation reports only for itself (" + organisation
                    + "); the admin reports on an owner's behalf");
        }
        return organisation;
    }

    private String forAdmin(Initiative initiative, List<String> owners, String requested) {
        if (owners.isEmpty()) {
            String own = caller.requireOrganisation();
            if (requested != null && !requested.equals(own)) {
                throw ProblemException.invalid("owner", "initiative " + initiative.id() + " has no owner with an "
                        + "organisation number; leave owner out to report as your own organisation (" + own + ")");
            }
            return own;
        }
        if (requested == null) {
            return caller.organisation().filter(owners::contains).orElseThrow(() -> ProblemException.invalid("owner",
                    "name the owner you report for, one of " + owners));
        }
        if (!owners.contains(requested)) {
            throw ProblemException.invalid("owner", requested + " is not an owner of initiative " + initiative.id()
                    + " with an organisation number; one of " + owners);
        }
        return requested;
    }
}
