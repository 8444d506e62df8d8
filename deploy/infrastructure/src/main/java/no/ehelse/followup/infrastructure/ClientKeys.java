package no.ehelse.followup.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * The key pairs of the local realm's clients, for {@code private_key_jwt} client authentication (the
 * only one HelseID allows). Generated at first start under the run directory, one private JWK file per
 * client ({@code <client>.jwk.json}, readable by the owner only), never committed; Keycloak gets the
 * public halves in the realm it imports.
 */
public final class ClientKeys {

    private final Path directory;

    public ClientKeys(Path directory) {
        this.directory = directory;
    }

    /** The client's key pair, generated now if it has none yet. */
    public RsaJsonWebKey keyOf(String clientId) {
        Path file = fileOf(clientId);
        try {
            if (Files.exists(file)) {
                return (RsaJsonWebKey) JsonWebKey.Factory.newJwk(Files.readString(file));
            }
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(clientId + "-1");
            key.setUse("sig");
            key.setAlgorithm("RS256");
            Files.createDirectories(directory);
            Files.writeString(file, key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot read or make the key of client " + clientId + " (" + file + ")", e);
        }
    }

    /** The public key set Keycloak verifies the client's assertions with. */
    public String publicKeySet(String clientId) {
        return new JsonWebKeySet(keyOf(clientId)).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    /**
     * The client's private key as a PKCS#8 PEM file beside its JWK, for software that reads keys as PEM
     * (Quarkus OIDC's {@code credentials.jwt.key-file}); written once, readable by the owner only.
     */
    public Path pemFileOf(String clientId) {
        Path file = fileOf(clientId).resolveSibling(clientId + ".key.pem");
        try {
            if (!Files.exists(file)) {
                String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keyOf(clientId).getPrivateKey().getEncoded());
                Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path fileOf(String clientId) {
        if (!clientId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Not a client id: " + clientId);
        }
        return directory.resolve(clientId + ".jwk.json");
    }

    /** Keycloak's client attributes for JWT client authentication with this key set. */
    public Map<String, String> keycloakAttributes(String clientId) {
        return Map.of("use.jwks.string", "true", "jwks.string", publicKeySet(clientId),
                "use.jwks.url", "false", "token.endpoint.auth.signing.alg", "RS256");
    }
}
