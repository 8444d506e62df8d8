package no.ehelse.followup.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import no.ehelse.followup.infrastructure.KeycloakServer;
import no.ehelse.followup.infrastructure.Ports;
import no.ehelse.followup.infrastructure.Suite;

/**
 * The real Keycloak with the suite's realm (deploy/keycloak/ehelse-realm.json) as every service's
 * identity provider in its tests: the services discover it, fetch its published keys and validate
 * tokens against them exactly as in production. {@link Tokens} signs the machine clients' tokens with a
 * test-only RSA key that this resource makes the realm's own signing key, so a test can shape any claim
 * (another organisation, a missing audience, an expired token) of a token the issuer really could have
 * signed; people sign in through Keycloak's login form (the dashboard's browser test). The service's HTTP
 * port is chosen here, so the realm copy can register the dashboard's redirect URI for it; the dashboard
 * client's key is generated under target/, as the launcher generates it under its run directory.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Path REALM = Path.of("../deploy/keycloak/ehelse-realm.json");
    private KeycloakServer keycloak;

    @Override
    public Map<String, String> start() {
        int servicePort = Ports.free();
        Path directory = Path.of("target", "keycloak").toAbsolutePath();
        RsaJsonWebKey signingKey;
        try {
            Files.createDirectories(directory);
            // Keycloak imports a realm only when its database lacks it: start from an empty one, as the port is new.
            try (var homes = Files.list(directory)) {
                homes.map(home -> home.resolve("data").resolve("h2")).filter(Files::isDirectory).forEach(KeycloakTestResource::delete);
            }
            Path realm = directory.resolve("ehelse-realm-test.json");
            Files.writeString(realm, Files.readString(REALM).replace("\"http://localhost:8084/*\"",
                    "\"http://localhost:8084/*\", \"http://localhost:" + servicePort + "/*\""));
            keycloak = KeycloakServer.start(directory, Ports.free(), realm);
            signingKey = RsaJwkGenerator.generateJwk(2048);
            signingKey.setKeyId(keycloak.addSigningKey(signingKey));
            Path keyFile = directory.resolve("realm-signing-key.jwk.json");
            Files.writeString(keyFile, signingKey.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
            // Tests run in this JVM but perhaps another class loader: the system properties reach Tokens either way.
            System.setProperty(Tokens.ISSUER_PROPERTY, keycloak.realmUrl());
            System.setProperty(Tokens.SIGNING_KEY_PROPERTY, keyFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot make the realm's test signing key", e);
        }
        byte[] sessionSecret = new byte[32];
        new SecureRandom().nextBytes(sessionSecret);
        return Map.of("quarkus.oidc.auth-server-url", keycloak.realmUrl(),
                "followup.web.client-key-file", keycloak.clientKeyFile(Suite.DASHBOARD_CLIENT).toString(),
                "followup.web.session-secret", Base64.getEncoder().encodeToString(sessionSecret),
                "quarkus.http.test-port", String.valueOf(servicePort));
    }

    private static void delete(Path directory) {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
