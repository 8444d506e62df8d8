package no.ehelse.followup.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.rules.organisation.OrganisationNumber;

/**
 * The calling organisation and client, read from the validated access token. As in HelseID, the
 * organisation is a claim holding its organisation number, by default
 * {@code helseid://claims/client/claims/orgnr_parent}; it alone decides what the caller may do. The
 * sub-unit ({@code orgnr_child}) and the supplier acting for the organisation ({@code orgnr_supplier})
 * are recorded beside it when the token names them.
 */
@RequestScoped
public class CallerIdentity {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @ConfigProperty(name = "followup.security.organisation-claim",
            defaultValue = "helseid://claims/client/claims/orgnr_parent")
    String organisationClaim;

    @ConfigProperty(name = "followup.security.child-organisation-claim",
            defaultValue = "helseid://claims/client/claims/orgnr_child")
    String childOrganisationClaim;

    @ConfigProperty(name = "followup.security.supplier-claim",
            defaultValue = "helseid://claims/client/claims/orgnr_supplier")
    String supplierClaim;

    /** The organisation number in the token, if it has a valid one. */
    public Optional<String> organisation() {
        return organisationNumber(organisationClaim);
    }

    /** The sub-unit that acts (orgnr_child), if the token names a valid one; it grants nothing. */
    public Optional<String> childOrganisation() {
        return organisationNumber(childOrganisationClaim);
    }

    /** The supplier acting for the organisation (orgnr_supplier), if the token names a valid one; it grants nothing. */
    public Optional<String> supplierOrganisation() {
        return organisationNumber(supplierClaim);
    }

    private Optional<String> organisationNumber(String claim) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Object value = token.getClaim(claim);
        String orgnr = value == null ? null : value.toString().replace("\"", "");
        return OrganisationNumber.isValid(orgnr) ? Optional.of(orgnr) : Optional.empty();
    }

    /** The calling organisation; a token without one may not write anything that is owned. */
    public String requireOrganisation() {
        return organisation().orElseThrow(() -> ProblemException.forbidden(
                "The access token names no valid organisation number in claim " + organisationClaim));
    }

    /** The OAuth2 client: HelseID and Keycloak put it in client_id; azp is the fallback. */
    public String client() {
        if (identity.isAnonymous()) {
            return null;
        }
        String client = token.getClaim("client_id");
        if (client == null) {
            client = token.getClaim("azp");
        }
        return client != null ? client : token.getSubject();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The organisation may act for {@code owner}: it is the owner, or it is an admin. */
    public boolean mayActFor(String owner) {
        return isAdmin() || organisation().map(owner::equals).orElse(false);
    }

    public EventActor actor() {
        if (identity.isAnonymous()) {
            return EventActor.SYSTEM;
        }
        return new EventActor(organisation().orElse(null), client(), childOrganisation().orElse(null),
                supplierOrganisation().orElse(null));
    }
}
