package no.ehelse.followup.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The whole suite on one machine: PostgreSQL, Kafka and Keycloak (each replaced by an external
 * server when the environment names one) and the five packaged services. Used by the local run and
 * by the end-to-end tests; stops everything it started, in reverse order.
 */
public final class Suite implements AutoCloseable {

    public static final Set<String> TOPICS = Set.of("indicator-events", "initiative-events", "roadmap-events",
            "reporting-dead-letter");

    /**
     * Where things run and on which ports; {@code env} selects external servers (see README). A port of 0, or a
     * service missing from {@code servicePorts}, is a free port picked just before that server starts.
     */
    public record Options(Path repositoryRoot, Path runDirectory, boolean fresh, Map<String, String> env,
            int postgresPort, int kafkaPort, int kafkaControllerPort, int keycloakPort,
            Map<SuiteService, Integer> servicePorts, Consumer<String> progress) {

        /**
         * Free ports everywhere and a fresh directory: for tests. The ports are picked as each server starts, not
         * all at once here: a port found free minutes before a server binds it may meanwhile have become the local
         * end of one of the suite's own connections.
         */
        public static Options isolated(Path repositoryRoot, Path runDirectory, Consumer<String> progress) {
            return new Options(repositoryRoot, runDirectory, true, Map.of(), 0, 0, 0, 0, Map.of(), progress);
        }
    }

    /** The realm's client that signs people in to the dashboard. */
    public static final String DASHBOARD_CLIENT = "strategioppfolging-dashboard";

    private final Options options;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<SuiteService, ServiceProcess> services = new EnumMap<>(SuiteService.class);
    /** The port each service was given at its first start; a restart keeps it. */
    private final Map<SuiteService, Integer> servicePorts = new EnumMap<>(SuiteService.class);
    private final Map<SuiteService, Map<String, String>> serviceConfig = new EnumMap<>(SuiteService.class);
    /** Replicas started beside the first, per service. */
    private final Map<SuiteService, Integer> replicas = new EnumMap<>(SuiteService.class);
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;
    private String bootstrapServers;
    private String issuer;

    private Suite(Options options) {
        this.options = options;
    }

    public static Suite start(Options options) {
        Suite suite = new Suite(options);
        try {
            suite.startInfrastructure();
            suite.startServices();
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    private void startInfrastructure() {
        Map<String, String> env = options.env();
        Path run = options.runDirectory();

        step("PostgreSQL", () -> {
            postgres = PostgresServer.fromEnvironment(env, run.resolve("postgres"), Ports.orFree(options.postgresPort()), options.fresh());
            started.add(postgres);
            for (SuiteService service : SuiteService.values()) {
                postgres.ensureDatabase(service.database());
            }
            return (postgres.isEmbedded() ? "embedded" : "external") + " on " + postgres.host() + ":" + postgres.port()
                    + ", a database per service";
        });

        step("Kafka", () -> {
            String external = env.get("FOLLOWUP_KAFKA_BOOTSTRAP");
            if (external != null && !external.isBlank()) {
                bootstrapServers = external;
                return "external at " + external;
            }
            Path directory = run.resolve("kafka");
            if (options.fresh()) {
                Directories.deleteRecursively(directory);
            }
            kafka = KafkaBroker.start(directory, Ports.orFree(options.kafkaPort()),
                    Ports.orFree(options.kafkaControllerPort()));
            started.add(kafka);
            kafka.createTopics(TOPICS, 3);
            bootstrapServers = kafka.bootstrapServers();
            return "KRaft broker at " + bootstrapServers + ", topics " + TOPICS;
        });

        step("Keycloak", () -> {
            String external = env.get("FOLLOWUP_OIDC_URL");
            if (external != null && !external.isBlank()) {
                issuer = external;
                return "external issuer " + external;
            }
            Path directory = run.resolve("keycloak");
            if (options.fresh()) {
                Directories.deleteRecursively(directory.resolve("data"));
            }
            keycloak = KeycloakServer.start(directory, Ports.orFree(options.keycloakPort()),
                    options.repositoryRoot().resolve("deploy/keycloak/ehelse-realm.json"));
            started.add(keycloak);
            issuer = keycloak.realmUrl();
            return "realm " + issuer;
        });
    }

    /**
     * Starts the services as many at a time as there are cores: started all at once on two cores they
     * starve each other (20–24 s each instead of a few). Prints each one's readiness time and resident memory.
     */
    private void startServices() {
        step("Services", () -> {
            int atOnce = Math.max(1, Runtime.getRuntime().availableProcessors());
            List<SuiteService> all = List.of(SuiteService.values());
            for (int first = 0; first < all.size(); first += atOnce) {
                Map<ServiceProcess, Long> starting = new java.util.LinkedHashMap<>();
                for (SuiteService service : all.subList(first, Math.min(all.size(), first + atOnce))) {
                    Map<String, String> config = new HashMap<>();
                    config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(service.database()));
                    config.put("quarkus.datasource.username", postgres.user());
                    config.put("quarkus.datasource.password", postgres.password());
                    config.put("kafka.bootstrap.servers", bootstrapServers);
                    config.put("quarkus.oidc.auth-server-url", issuer);
                    if (service == SuiteService.REPORTING) {
                        config.putAll(dashboardSecrets());
                    }
                    if (service == SuiteService.WEBHOOK) {
                        // The key the subscriptions' signing secrets are sealed with in the database.
                        config.put("followup.webhooks.secret-key", generatedSecret("webhook-seal.key"));
                    }
                    serviceConfig.put(service, Map.copyOf(config));
                    starting.put(launch(service, config), System.nanoTime());
                }
                starting.forEach((process, launched) -> {
                    process.awaitHealthy(Duration.ofMinutes(3));
                    options.progress().accept(String.format("      %s ready in %.1f s at %s, %d MB resident",
                            process.service().module(), (System.nanoTime() - launched) / 1e9, process.baseUrl(),
                            process.residentBytes() >> 20));
                });
            }
            return "all healthy";
        });
    }

    /**
     * The dashboard's secrets, made under the run directory at first start and never committed: the key
     * its web client signs token requests with (private_key_jwt, generated with the realm's other client
     * keys) and the secret its session cookies are encrypted with. With an external issuer the key is the
     * deployment's own (FOLLOWUP_WEB_CLIENT_KEY_FILE).
     */
    private Map<String, String> dashboardSecrets() {
        Map<String, String> secrets = new HashMap<>();
        if (keycloak != null) {
            secrets.put("followup.web.client-key-file", keycloak.clientKeyFile(DASHBOARD_CLIENT).toString());
        }
        secrets.put("followup.web.session-secret", generatedSecret("dashboard-session.secret"));
        return secrets;
    }

    /** 32 random bytes in base64, made at first start in a file of the run directory readable by the owner only. */
    private String generatedSecret(String name) {
        Path file = options.runDirectory().resolve(name);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                Files.writeString(file, Base64.getEncoder().encodeToString(secret));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ServiceProcess launch(SuiteService service, Map<String, String> config) {
        int port = servicePorts.computeIfAbsent(service,
                s -> Ports.orFree(options.servicePorts().getOrDefault(s, 0)));
        ServiceProcess process = ServiceProcess.launch(service, options.repositoryRoot(), port, config, options.runDirectory().resolve("logs"));
        services.put(service, process);
        started.add(process);
        return process;
    }

    /**
     * Starts a service again (after it was stopped or killed), with its configuration plus
     * {@code overrides}, and waits until it is healthy.
     */
    public ServiceProcess restart(SuiteService service, Map<String, String> overrides) {
        ServiceProcess old = services.get(service);
        old.close();
        started.remove(old);
        Map<String, String> config = new HashMap<>(serviceConfig.get(service));
        config.putAll(overrides);
        return launch(service, config).awaitHealthy(Duration.ofMinutes(3));
    }

    /**
     * Starts a further replica of a running service, configured as the first (same database, broker, issuer and
     * consumer group) on a free port, logging to {@code <module>-<n>.log}, and waits until it is healthy. It is
     * stopped with the suite.
     */
    public ServiceProcess startReplica(SuiteService service) {
        Map<String, String> config = serviceConfig.get(service);
        if (config == null) {
            throw new IllegalStateException(service.module() + " is not running");
        }
        int number = replicas.merge(service, 1, Integer::sum) + 1;
        ServiceProcess replica = ServiceProcess.launchLoggingTo(service, options.repositoryRoot(), Ports.free(), config,
                options.runDirectory().resolve("logs").resolve(service.module() + "-" + number + ".log"));
        started.add(replica);
        return replica.awaitHealthy(Duration.ofMinutes(3));
    }

    private void step(String what, java.util.function.Supplier<String> action) {
        long start = System.nanoTime();
        options.progress().accept("==> " + what + " ...");
        String result = action.get();
        options.progress().accept("    " + what + ": " + result + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
    }

    public Path runDirectory() {
        return options.runDirectory();
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** The suite's own broker, or null when an external Kafka is used. */
    public KafkaBroker kafka() {
        return kafka;
    }

    /** The suite's own Keycloak, or null when an external issuer is used. */
    public KeycloakServer keycloak() {
        return keycloak;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String issuer() {
        return issuer;
    }

    public ServiceProcess service(SuiteService service) {
        return services.get(service);
    }

    /** The running services, in the order of {@link SuiteService}. */
    public Map<SuiteService, ServiceProcess> services() {
        return java.util.Collections.unmodifiableMap(services);
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                options.progress().accept("    could not stop " + started.get(i) + ": " + e.getMessage());
            }
        }
        started.clear();
    }
}
