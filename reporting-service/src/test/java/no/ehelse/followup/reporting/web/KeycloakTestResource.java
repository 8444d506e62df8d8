package no.ehelse.followup.reporting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import no.ehelse.followup.infrastructure.KeycloakServer;
import no.ehelse.followup.infrastructure.Ports;
import no.ehelse.followup.infrastructure.Suite;

/**
 * The real Keycloak with the suite's realm (deploy/keycloak/ehelse-realm.json) for the dashboard's web
 * sign-in: the browser test signs in through its login form. Machine-client tests keep the module's mock
 * OIDC server for bearer tokens; only the {@code web} tenant points here. The service's HTTP port is
 * chosen here, so the realm copy can register the dashboard's redirect URI for it. The dashboard client's
 * key is generated under target/, as the launcher generates it under its run directory.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Path REALM = Path.of("../deploy/keycloak/ehelse-realm.json");
    private KeycloakServer keycloak;

    @Override
    public Map<String, String> start() {
        int servicePort = Ports.free();
        Path directory = Path.of("target", "keycloak").toAbsolutePath();
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] sessionSecret = new byte[32];
        new SecureRandom().nextBytes(sessionSecret);
        return Map.of("quarkus.oidc.web.auth-server-url", keycloak.realmUrl(),
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
