package no.ehelse.followup.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * {@code deploy/local/suite.sh token CLIENT}: prints an access token for a client, obtained by the
 * client credentials grant with a {@code private_key_jwt} assertion, the same path the dataset loader
 * and the end-to-end tests take. The key is the client's generated one under the run directory, or
 * the private JWK file named by {@code FOLLOWUP_CLIENT_KEY} (for an external issuer,
 * {@code FOLLOWUP_OIDC_URL}).
 */
public final class ClientToken {

    private ClientToken() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: suite.sh token CLIENT");
            System.exit(2);
        }
        Map<String, String> env = System.getenv();
        Path root = Path.of(System.getProperty("followup.root", ".")).toAbsolutePath().normalize();
        Path run = Path.of(env.getOrDefault("FOLLOWUP_RUN_DIR", root.resolve("deploy/.run").toString()));
        String issuer = env.getOrDefault("FOLLOWUP_OIDC_URL",
                "http://localhost:" + env.getOrDefault("FOLLOWUP_KEYCLOAK_PORT", "8090") + "/realms/" + KeycloakServer.REALM);
        String tokenEndpoint = env.getOrDefault("FOLLOWUP_OIDC_TOKEN_URL", issuer + "/protocol/openid-connect/token");
        System.out.println(KeycloakServer.clientCredentialsToken(tokenEndpoint, args[0],
                key(env.get("FOLLOWUP_CLIENT_KEY"), args[0], run), null));
    }

    /** The private JWK in {@code file}, or else the local realm's generated key of {@code clientId}. */
    static RsaJsonWebKey key(String file, String clientId, Path runDirectory) {
        if (file == null || file.isBlank()) {
            ClientKeys keys = KeycloakServer.clientKeys(runDirectory.resolve("keycloak"));
            if (!Files.exists(keys.fileOf(clientId))) {
                throw new IllegalStateException("No key for client " + clientId + " in " + keys.fileOf(clientId)
                        + ": start the suite first (deploy/local/suite.sh up)");
            }
            return keys.keyOf(clientId);
        }
        try {
            return (RsaJsonWebKey) JsonWebKey.Factory.newJwk(Files.readString(Path.of(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JoseException e) {
            throw new IllegalStateException("Not a private RSA JWK: " + file, e);
        }
    }
}
