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

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak, unpacked from the {@code org.keycloak:keycloak-quarkus-dist} zip and started with
 * the suite's realm ({@code deploy/keycloak/ehelse-realm.json}): the local stand-in for HelseID. Its
 * clients authenticate with {@code private_key_jwt}, each with a key pair of {@link ClientKeys} that
 * is generated at first start under {@code directory/client-keys}.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "ehelse";
    private static final Duration STARTUP = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final ManagedProcess process;
    private final ClientKeys clientKeys;

    private KeycloakServer(int port, ManagedProcess process, ClientKeys clientKeys) {
        this.port = port;
        this.process = process;
        this.clientKeys = clientKeys;
    }

    /** Where the clients' key pairs are kept under a Keycloak directory. */
    public static ClientKeys clientKeys(Path directory) {
        return new ClientKeys(directory.toAbsolutePath().resolve("client-keys"));
    }

    /** Unpacks Keycloak into {@code directory} (once) and starts it with the realm file imported. */
    public static KeycloakServer start(Path directory, int port, Path realmFile) {
        Ports.requireFree(port, "Keycloak");
        Path home = unpack(directory.toAbsolutePath());
        ClientKeys keys = clientKeys(directory);
        try {
            Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
            Files.writeString(imports.resolve(REALM + "-realm.json"), withClientKeys(Files.readString(realmFile), keys));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String self = "http://localhost:" + port;
        ManagedProcess process = ManagedProcess.start("keycloak", List.of(home.resolve("bin/kc.sh").toString(),
                "start-dev", "--import-realm", "--features=dpop", "--http-port=" + port, "--hostname=" + self,
                "--log-level=WARN,org.keycloak.services:INFO"),
                Map.of("JAVA_HOME", System.getProperty("java.home"),
                        "JAVA_OPTS_APPEND", "-Xms128m -Xmx512m",
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"),
                home, directory.resolve("keycloak.log"));
        KeycloakServer server = new KeycloakServer(port, process, keys);
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

    /** The realm with each {@code client-jwt} client's public key set, from {@code keys}. */
    static String withClientKeys(String realm, ClientKeys keys) throws IOException {
        JsonNode root = JSON.readTree(realm);
        for (JsonNode client : root.path("clients")) {
            if ("client-jwt".equals(client.path("clientAuthenticatorType").asText())) {
                ObjectNode attributes = client.has("attributes") ? (ObjectNode) client.get("attributes")
                        : ((ObjectNode) client).putObject("attributes");
                keys.keycloakAttributes(client.get("clientId").asText()).forEach(attributes::put);
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** The PEM private key a web client of the realm (the dashboard) signs its token requests with. */
    public Path clientKeyFile(String clientId) {
        return clientKeys.pemFileOf(clientId);
    }

    /** An access token for a client of the realm, by the client credentials grant with private_key_jwt. */
    public String accessToken(String clientId) {
        return clientCredentialsToken(tokenEndpoint(), clientId, clientKeys.keyOf(clientId), null);
    }

    /** A DPoP-bound access token (RFC 9449): bound to {@code dpopKey}, usable only with its proofs. */
    public String accessToken(String clientId, DPoPKey dpopKey) {
        return clientCredentialsToken(tokenEndpoint(), clientId, clientKeys.keyOf(clientId), dpopKey);
    }

    /**
     * The client credentials grant as HelseID's machine clients use it: the client authenticates with a
     * {@code private_key_jwt} assertion signed by {@code clientKey}; with {@code dpopKey} the request
     * carries a DPoP proof and the token is bound to that key.
     */
    public static String clientCredentialsToken(String tokenEndpoint, String clientId, RsaJsonWebKey clientKey,
            DPoPKey dpopKey) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_assertion_type=" + URLEncoder.encode(ClientAssertion.TYPE, StandardCharsets.UTF_8)
                + "&client_assertion=" + ClientAssertion.sign(clientId, tokenEndpoint, clientKey);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .timeout(Duration.ofSeconds(30));
        if (dpopKey != null) {
            request.header("DPoP", dpopKey.proof("POST", tokenEndpoint, null));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

    /**
     * Makes {@code key} the realm's signing key (an imported RSA key of the highest priority, through the
     * admin API) and answers the key id the realm publishes it under. For tests that sign tokens as the
     * issuer would, with claims a client could never obtain; the key lives only as long as the realm.
     */
    public String addSigningKey(RsaJsonWebKey key) {
        try {
            String admin = "Bearer " + adminToken();
            JsonNode realm = JSON.readTree(send(HttpRequest.newBuilder(URI.create(adminUrl())).header("Authorization", admin)
                    .GET(), 200));
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + java.util.Base64.getMimeEncoder().encodeToString(key.getPrivateKey().getEncoded())
                    + "\n-----END PRIVATE KEY-----";
            Map<String, Object> component = Map.of("name", "test-signing-key", "providerId", "rsa",
                    "providerType", "org.keycloak.keys.KeyProvider", "parentId", realm.get("id").asText(),
                    "config", Map.of("priority", List.of("1000"), "enabled", List.of("true"), "active", List.of("true"),
                            "algorithm", List.of("RS256"), "privateKey", List.of(pem)));
            send(HttpRequest.newBuilder(URI.create(adminUrl() + "/components")).header("Authorization", admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(component))), 201);
            JsonNode keys = JSON.readTree(send(HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/certs"))
                    .GET(), 200)).path("keys");
            for (JsonNode published : keys) {
                if ("RSA".equals(published.path("kty").asText())
                        && JsonWebKey.Factory.newJwk(published.toString()).getKey().equals(key.getPublicKey())) {
                    return published.get("kid").asText();
                }
            }
            throw new IllegalStateException("The realm does not publish the signing key it was given: " + keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JoseException e) {
            throw new IllegalStateException("The realm publishes a key that cannot be read", e);
        }
    }

    private String adminUrl() {
        return "http://localhost:" + port + "/admin/realms/" + REALM;
    }

    /** The bootstrap administrator's token (admin/admin, local only), by the password grant of admin-cli. */
    private String adminToken() throws IOException {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200)).get("access_token").asText();
    }

    private static String send(HttpRequest.Builder request, int expected) throws IOException {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
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
