package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import no.ehelse.followup.infrastructure.DPoPKey;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/**
 * The access token checks every API makes (platform-web's security package, shared by the services),
 * in the style of HelseID's test token tool: each forged or misused token is a real signed JWT that
 * differs from a valid one in one respect, gets 401 with a problem body, and writes nothing. The write
 * tried is an admin's definition of a new indicator (its own id per test); afterwards a valid reader
 * finds no such indicator.
 */
@QuarkusTest
class AccessTokenApiTest {

    private static final String CLIENT = "strategioppfolging-admin";
    private static final String ORGANISATION = Organisations.HELSEDIREKTORATET;

    private String id;

    @BeforeEach
    void defineGoal() {
        // The goal exactly as the other tests define it, so that this changes nothing they observe.
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(IndicatorApiTest.GOAL_4)
                .when().put("/api/v1/goals/4").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        id = "4." + random.nextInt(10, 100) + "." + random.nextInt(10, 100) + "." + random.nextInt(10, 100);
    }

    private String path() {
        return "/api/v1/indicators/" + id;
    }

    private String url() {
        return "http://localhost:" + RestAssured.port + path();
    }

    private static String indicator(String name) {
        return """
                {"goalId": "4", "name": "%s", "unit": {"kind": "SHARE", "label": "Antall/andel"},
                 "type": "ADOPTION", "direction": "HIGHER_IS_BETTER", "reporters": ["994598759"], "status": "ACTIVE"}"""
                .formatted(name);
    }

    private static JwtClaimsBuilder admin() {
        return Tokens.claims(CLIENT, ORGANISATION, Tokens.ADMIN, Tokens.READ);
    }

    private RequestSpecification write(String authorization) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON).body(indicator("Forsøk"));
    }

    /** 401 with a problem body, and the indicator is not there. */
    private void refusedAndNothingWritten(RequestSpecification request) {
        request.when().put(path())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        given().auth().oauth2(Tokens.reader()).when().get(path()).then().statusCode(404);
    }

    private void refusedBearer(String token) {
        refusedAndNothingWritten(write("Bearer " + token));
    }

    @Test
    void aValidTokenWrites() {
        write("Bearer " + Tokens.sign(admin())).when().put(path()).then().statusCode(201);
        given().auth().oauth2(Tokens.reader()).when().get(path()).then().statusCode(200).body("name", equalTo("Forsøk"));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refusedBearer(Tokens.sign(admin().audience("e-helse:another-api")));
    }

    @Test
    void aTokenWithoutAudienceIsRefused() {
        refusedBearer(Tokens.sign(admin().remove("aud")));
    }

    @Test
    void aTokenOfAnotherTypeIsRefused() {
        refusedBearer(admin().jws().keyId(Tokens.keyId()).header("typ", "dpop+jwt").sign(Tokens.signingKey()));
        refusedBearer(admin().jws().keyId(Tokens.keyId()).header("typ", "JOSE").sign(Tokens.signingKey()));
    }

    @Test
    void anExpiredTokenIsRefusedBeyondAFewSecondsOfLeeway() {
        long now = Instant.now().getEpochSecond();
        refusedBearer(Tokens.sign(admin().issuedAt(now - 600).expiresAt(now - 10)));
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        long now = Instant.now().getEpochSecond();
        refusedBearer(Tokens.sign(admin().claim("nbf", now + 30)));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedEvenWhenItDiffersByASlash() {
        refusedBearer(Tokens.sign(admin().issuer("https://other.example.com")));
        refusedBearer(Tokens.sign(admin().issuer(Tokens.issuer() + "/")));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] valid = Tokens.sign(admin()).split("\\.");
        String none = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"1\"}");
        refusedBearer(none + "." + valid[1] + ".");
        refusedBearer(none + "." + valid[1] + "." + valid[2]);
    }

    @Test
    void aTokenSignedWithASharedSecretIsRefused() {
        SecretKeySpec secret = new SecretKeySpec("a-secret-anyone-could-guess-0123456789".getBytes(StandardCharsets.UTF_8),
                "HmacSHA256");
        refusedBearer(admin().jws().keyId(Tokens.keyId()).header("typ", "JWT").algorithm(SignatureAlgorithm.HS256)
                .sign(secret));
    }

    @Test
    void aTokenSignedByAForeignKeyWithTheIssuersKeyIdIsRefused() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair foreign = generator.generateKeyPair();
        refusedBearer(admin().jws().keyId(Tokens.keyId()).header("typ", "JWT").sign(foreign.getPrivate()));
    }

    @Test
    void aTokenWithATamperedClaimIsRefused() {
        // A reporter's token whose scope is rewritten to admin, the signature left as it was.
        String[] parts = Tokens.reporter(Organisations.NHN).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(Tokens.REPORT, Tokens.ADMIN);
        refusedBearer(parts[0] + "." + base64Url(payload) + "." + parts[2]);
    }

    // --- DPoP (RFC 9449) -------------------------------------------------------------------------------

    @Test
    void aDPoPBoundTokenWithItsProofWrites() {
        DPoPKey key = DPoPKey.generate();
        String token = Tokens.dpopBound(key, CLIENT, ORGANISATION, Tokens.ADMIN, Tokens.READ);
        dpop(token, key.proof("PUT", url(), token)).when().put(path()).then().statusCode(201);
        given().auth().oauth2(Tokens.reader()).when().get(path()).then().statusCode(200);
    }

    @Test
    void aDPoPBoundTokenPresentedAsBearerIsRefused() {
        DPoPKey key = DPoPKey.generate();
        String token = Tokens.dpopBound(key, CLIENT, ORGANISATION, Tokens.ADMIN, Tokens.READ);
        refusedBearer(token);
        refusedAndNothingWritten(write("Bearer " + token).header("DPoP", key.proof("PUT", url(), token)));
    }

    @Test
    void aReplayedProofIsRefused() {
        DPoPKey key = DPoPKey.generate();
        String token = Tokens.dpopBound(key, CLIENT, ORGANISATION, Tokens.ADMIN, Tokens.READ);
        String proof = key.proof("PUT", url(), token);
        dpop(token, proof).when().put(path()).then().statusCode(201);

        dpop(token, proof).body(indicator("Gjentatt")).when().put(path())
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reader()).when().get(path()).then().statusCode(200).body("name", equalTo("Forsøk"));
    }

    @Test
    void aProofForAnotherUrlOrMethodIsRefused() {
        DPoPKey key = DPoPKey.generate();
        String token = Tokens.dpopBound(key, CLIENT, ORGANISATION, Tokens.ADMIN, Tokens.READ);
        refusedAndNothingWritten(dpop(token, key.proof("PUT", url() + ".1", token)));
        refusedAndNothingWritten(dpop(token, key.proof("PUT", url().replace("localhost", "127.0.0.1"), token)));
        refusedAndNothingWritten(dpop(token, key.proof("POST", url(), token)));
        refusedAndNothingWritten(dpop(token, key.proof("GET", url(), token)));
    }

    @Test
    void aProofWithoutOrWithAnotherAccessTokenHashIsRefused() {
        DPoPKey key = DPoPKey.generate();
        String token = Tokens.dpopBound(key, CLIENT, ORGANISATION, Tokens.ADMIN, Tokens.READ);
        String other = Tokens.dpopBound(key, CLIENT, ORGANISATION, Tokens.READ);
        refusedAndNothingWritten(dpop(token, key.proof("PUT", url(), null, Instant.now(), UUID.randomUUID().toString())));
        refusedAndNothingWritten(dpop(token, key.proof("PUT", url(), other)));
    }

    @Test
    void aStaleOrFutureProofIsRefused() {
        DPoPKey key = DPoPKey.generate();
        String token = Tokens.dpopBound(key, CLIENT, ORGANISATION, Tokens.ADMIN, Tokens.READ);
        Instant now = Instant.now();
        refusedAndNothingWritten(dpop(token, key.proof("PUT", url(), token, now.minusSeconds(300), UUID.randomUUID().toString())));
        refusedAndNothingWritten(dpop(token, key.proof("PUT", url(), token, now.plusSeconds(60), UUID.randomUUID().toString())));
    }

    @Test
    void aProofByAnotherKeyThanTheBoundOneIsRefused() {
        DPoPKey key = DPoPKey.generate();
        String token = Tokens.dpopBound(key, CLIENT, ORGANISATION, Tokens.ADMIN, Tokens.READ);
        refusedAndNothingWritten(dpop(token, DPoPKey.generate().proof("PUT", url(), token)));
    }

    @Test
    void anUnboundTokenOrAMissingProofUnderTheDPoPSchemeIsRefused() {
        DPoPKey key = DPoPKey.generate();
        String unbound = Tokens.sign(admin());
        refusedAndNothingWritten(dpop(unbound, key.proof("PUT", url(), unbound)));
        String bound = Tokens.dpopBound(key, CLIENT, ORGANISATION, Tokens.ADMIN, Tokens.READ);
        refusedAndNothingWritten(write("DPoP " + bound));
    }

    private RequestSpecification dpop(String token, String proof) {
        return write("DPoP " + token).header("DPoP", proof);
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
