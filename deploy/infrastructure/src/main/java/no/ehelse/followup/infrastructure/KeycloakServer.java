package no.ehelse.followup.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real Keycloak, unpacked from the {@code org.keycloak:keycloak-quarkus-dist} zip and started with
 * the suite's realm ({@code deploy/keycloak/ehelse-realm.json}): the local stand-in for HelseID.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "ehelse";
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final ManagedProcess process;

    private KeycloakServer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    /** Unpacks Keycloak into {@code directory} (once) and starts it with the realm file imported. */
    public static KeycloakServer start(Path directory, int port, Path realmFile) {
        Ports.requireFree(port, "Keycloak");
        Path home = unpack(directory.toAbsolutePath());
        try {
            Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
            Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String self = "http://localhost:" + port;
        ManagedProcess process = ManagedProcess.start("keycloak", List.of(home.resolve("bin/kc.sh").toString(),
                "start-dev", "--import-realm", "--http-port=" + port, "--hostname=" + self,
                "--log-level=WARN,org.keycloak.services:INFO"),
                Map.of("JAVA_HOME", System.getProperty("java.home"),
                        "JAVA_OPTS_APPEND", "-Xms128m -Xmx512m",
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"),
                home, directory.resolve("keycloak.log"));
        KeycloakServer server = new KeycloakServer(port, process);
        process.awaitReady(server::servesRealm, STARTUP);
        return server;
    }

    /** The issuer; services use it as {@code quarkus.oidc.auth-server-url}. */
    public String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    /** An access token for a confidential client, by the client credentials grant (as HelseID's machine clients). */
    public String accessToken(String clientId, String secret) {
        return clientCredentialsToken(tokenEndpoint(), clientId, secret);
    }

    public static String clientCredentialsToken(String tokenEndpoint, String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request for " + clientId + " failed: " + response.statusCode()
                        + " " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return body.get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean servesRealm() {
        return HttpProbe.answersOk(realmUrl() + "/.well-known/openid-configuration");
    }

    private static Path unpack(Path directory) {
        Path zip = RuntimeFiles.keycloakDistribution();
        String name = zip.getFileName().toString().replace("keycloak-quarkus-dist-", "keycloak-").replace(".zip", "");
        Path home = directory.resolve(name);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            Files.createDirectories(directory);
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                Path target = directory.resolve(entry.getName()).normalize();
                if (!target.startsWith(directory)) {
                    throw new IOException("Zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            for (String script : List.of("kc.sh", "kcadm.sh", "kcreg.sh")) {
                home.resolve("bin").resolve(script).toFile().setExecutable(true);
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip, e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
