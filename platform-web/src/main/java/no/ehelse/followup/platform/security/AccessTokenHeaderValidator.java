package no.ehelse.followup.platform.security;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwt.consumer.Validator;
import org.jose4j.jwx.JsonWebStructure;

import io.quarkus.arc.Unremovable;

/**
 * The JOSE header of an access token, as HelseID requires of an API: the type is {@code at+jwt}
 * (RFC 9068) or {@code JWT}, and the signature one of the asymmetric algorithms RS, PS or ES with
 * 256 to 512 bits. Quarkus OIDC has no setting for either (its {@code signature-algorithm} allows a
 * single one), so this jose4j validator runs beside its own checks on every tenant.
 */
@Unremovable
@ApplicationScoped
public class AccessTokenHeaderValidator implements Validator {

    /** RFC 8725 3.11: compared case-insensitively, with or without the {@code application/} prefix. */
    static final Set<String> TYPES = Set.of("at+jwt", "application/at+jwt", "jwt");
    static final Set<String> ALGORITHMS = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
            "ES256", "ES384", "ES512");

    @Override
    public String validate(JwtContext context) {
        if (context.getJoseObjects().isEmpty()) {
            return "The access token has no JOSE header";
        }
        JsonWebStructure header = context.getJoseObjects().get(0);
        String type = header.getHeader("typ");
        if (type == null || !TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            return "The access token's typ header is " + type + ", not at+jwt or JWT";
        }
        String algorithm = header.getAlgorithmHeaderValue();
        if (!ALGORITHMS.contains(algorithm)) {
            return "The access token is signed with " + algorithm + ", which is not allowed";
        }
        return null;
    }
}
