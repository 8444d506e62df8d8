package no.ehelse.followup.testsupport;

import java.time.Duration;
import java.util.Arrays;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real signed JWTs shaped like HelseID machine tokens: scopes give the role, a claim names the
 * organisation. They are signed with the key that {@code OidcWiremockTestResource} publishes, so the
 * services validate them exactly as production tokens (signature, issuer, expiry).
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String ORGANISATION_CLAIM = "helseid://claims/client/claims/orgnr_parent";
    public static final String ADMIN = "e-helse:strategioppfolging/admin";
    public static final String REPORT = "e-helse:strategioppfolging/report";
    public static final String READ = "e-helse:strategioppfolging/read";

    private Tokens() {
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
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(ISSUER)
                .subject("service-account-" + client)
                .claim("client_id", client)
                .claim("azp", client)
                .claim("scope", String.join(" ", Arrays.asList(scopes)))
                .expiresIn(Duration.ofMinutes(30));
        if (organisation != null) {
            claims.claim(ORGANISATION_CLAIM, organisation);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    /** Signed by the right key but already expired. */
    public static String expired(String organisation) {
        return Jwt.claims()
                .issuer(ISSUER)
                .subject("service-account-expired")
                .claim("scope", REPORT + " " + READ)
                .claim(ORGANISATION_CLAIM, organisation)
                .issuedAt(System.currentTimeMillis() / 1000 - 7200)
                .expiresAt(System.currentTimeMillis() / 1000 - 3600)
                .jws().keyId("1").sign("privateKey.jwk");
    }
}
