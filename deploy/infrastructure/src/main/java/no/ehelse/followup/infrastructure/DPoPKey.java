package no.ehelse.followup.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/**
 * A client's DPoP key (RFC 9449): its proofs, sent in the {@code DPoP} header, show that the caller
 * holds the key an access token is bound to ({@code cnf.jkt}, the key's SHA-256 thumbprint).
 */
public final class DPoPKey {

    private final EllipticCurveJsonWebKey key;

    private DPoPKey(EllipticCurveJsonWebKey key) {
        this.key = key;
    }

    /** A fresh P-256 key (ES256). */
    public static DPoPKey generate() {
        try {
            return new DPoPKey(EcJwkGenerator.generateJwk(EllipticCurves.P256));
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWK SHA-256 thumbprint (RFC 7638) that a bound token carries as {@code cnf.jkt}. */
    public String thumbprint() {
        return key.calculateBase64urlEncodedThumbprint("SHA-256");
    }

    /** A proof for one request to {@code url} with {@code method}, bound to {@code accessToken}. */
    public String proof(String method, String url, String accessToken) {
        return proof(method, url, accessToken, Instant.now(), UUID.randomUUID().toString());
    }

    /**
     * A proof with every part chosen: {@code accessToken} null leaves out {@code ath} (as at the token
     * endpoint).
     */
    public String proof(String method, String url, String accessToken, Instant issuedAt, String jti) {
        JwtClaims claims = new JwtClaims();
        claims.setJwtId(jti);
        claims.setStringClaim("htm", method);
        claims.setStringClaim("htu", url);
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        if (accessToken != null) {
            claims.setStringClaim("ath", accessTokenHash(accessToken));
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        jws.setHeader("typ", "dpop+jwt");
        try {
            jws.getHeaders().setJwkHeaderValue("jwk", PublicJsonWebKey.Factory.newPublicJwk(key.getPublicKey()));
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a DPoP proof", e);
        }
    }

    /** {@code ath}: base64url of the SHA-256 of the access token's ASCII. */
    public static String accessTokenHash(String accessToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "DPoPKey " + key.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }
}
