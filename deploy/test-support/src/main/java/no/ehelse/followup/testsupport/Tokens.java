package no.ehelse.followup.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import no.ehelse.followup.infrastructure.DPoPKey;

/**
 * Real signed JWTs shaped like HelseID machine tokens: the API's audience, scopes that give the role, a
 * claim that names the organisation. They are signed with the key that {@link KeycloakTestResource} made
 * the real Keycloak realm's signing key, so the services validate them exactly as tokens the issuer
 * issues (signature against its published keys, typ, algorithm, issuer, audience, expiry).
 * {@link #claims} and {@link #sign} let a test forge one part at a time.
 */
public final class Tokens {

    /** Where {@link KeycloakTestResource} leaves the realm's issuer URL and its signing key's JWK file. */
    static final String ISSUER_PROPERTY = "followup.test.token-issuer";
    static final String SIGNING_KEY_PROPERTY = "followup.test.token-signing-key";
    /** The API resource whose scopes these are; the services' {@code followup.security.audience}. */
    public static final String AUDIENCE = "e-helse:strategioppfolging";
    public static final String ORGANISATION_CLAIM = "helseid://claims/client/claims/orgnr_parent";
    public static final String CHILD_ORGANISATION_CLAIM = "helseid://claims/client/claims/orgnr_child";
    public static final String SUPPLIER_CLAIM = "helseid://claims/client/claims/orgnr_supplier";
    public static final String ADMIN = "e-helse:strategioppfolging/admin";
    public static final String REPORT = "e-helse:strategioppfolging/report";
    public static final String READ = "e-helse:strategioppfolging/read";

    private static RsaJsonWebKey signingKey;

    private Tokens() {
    }

    /** The issuer exactly as the realm's metadata states it. */
    public static String issuer() {
        return required(ISSUER_PROPERTY);
    }

    /** The id of the issuer's signing key in its published key set. */
    public static String keyId() {
        return key().getKeyId();
    }

    /** The issuer's private signing key, for a test that builds a JWS by hand. */
    public static PrivateKey signingKey() {
        return key().getRsaPrivateKey();
    }

    private static synchronized RsaJsonWebKey key() {
        if (signingKey == null) {
            Path file = Path.of(required(SIGNING_KEY_PROPERTY));
            try {
                signingKey = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(Files.readString(file));
            } catch (IOException | JoseException e) {
                throw new IllegalStateException("Cannot read the realm's test signing key " + file, e);
            }
        }
        return signingKey;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: the module's tests need KeycloakTestResource");
        }
        return value;
    }

    /** The directorate's administration client. */
    public static String admin() {
        return token("strategioppfolging-admin", Organisations.HELSEDIREKTORATET, ADMIN, READ);
    }

    /** An organisation's reporting client. */
    public static String reporter(String organisation) {
        return token("reporter-" + organisation, organisation, REPORT, READ);
    }

    /** A read-only client, such as a dashboard. */
    public static String reader() {
        return token("strategioppfolging-reader", null, READ);
    }

    public static String token(String client, String organisation, String... scopes) {
        return sign(claims(client, organisation, scopes));
    }

    /** A token bound to {@code key} (RFC 9449 {@code cnf.jkt}): usable only with the key's proofs. */
    public static String dpopBound(DPoPKey key, String client, String organisation, String... scopes) {
        return sign(claims(client, organisation, scopes).claim("cnf", Map.of("jkt", key.thumbprint())));
    }

    /** The claims of a valid token, for a test to change before {@link #sign}ing. */
    public static JwtClaimsBuilder claims(String client, String organisation, String... scopes) {
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(issuer())
                .audience(AUDIENCE)
                .subject("service-account-" + client)
                .claim("client_id", client)
                .claim("azp", client)
                .claim("scope", String.join(" ", Arrays.asList(scopes)))
                .expiresIn(Duration.ofMinutes(30));
        if (organisation != null) {
            claims.claim(ORGANISATION_CLAIM, organisation);
        }
        return claims;
    }

    /** Signed by the issuer's key, as the issuer signs: RS256, typ JWT, its key id. */
    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(keyId()).header("typ", "JWT").sign(signingKey());
    }

    /** Signed by the right key but already expired. */
    public static String expired(String organisation) {
        return sign(claims("expired", organisation, REPORT, READ)
                .issuedAt(System.currentTimeMillis() / 1000 - 7200)
                .expiresAt(System.currentTimeMillis() / 1000 - 3600));
    }
}
