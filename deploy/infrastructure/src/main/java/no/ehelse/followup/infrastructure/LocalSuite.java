package no.ehelse.followup.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import no.ehelse.followup.infrastructure.dataset.DatasetLoader;
import no.ehelse.followup.infrastructure.dataset.LoadSummary;

/**
 * The local run: starts the whole suite on this machine, prints where everything is, and stops it
 * all on Ctrl-C or {@code deploy/local/suite.sh down}. Started by {@code deploy/local/suite.sh up}.
 */
public final class LocalSuite {

    private static final String ADMIN_CLIENT = "strategioppfolging-admin";

    private LocalSuite() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("followup.root", ".")).toAbsolutePath().normalize();
        Map<String, String> env = System.getenv();
        Path run = Path.of(env.getOrDefault("FOLLOWUP_RUN_DIR", root.resolve("deploy/.run").toString()));
        boolean fresh = List.of(args).contains("--fresh");
        boolean loadData = !List.of(args).contains("--no-data");
        boolean examples = loadData && List.of(args).contains("--examples");

        Map<SuiteService, Integer> ports = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            ports.put(service, service.defaultPort());
        }
        Suite.Options options = new Suite.Options(root, run, fresh, env,
                port(env, "FOLLOWUP_EMBEDDED_PG_PORT", 5433), port(env, "FOLLOWUP_EMBEDDED_KAFKA_PORT", 9092),
                port(env, "FOLLOWUP_EMBEDDED_KAFKA_CONTROLLER_PORT", 9093), port(env, "FOLLOWUP_KEYCLOAK_PORT", 8090),
                ports, System.out::println);

        Path pidFile = run.resolve("suite.pid");
        // From the JVM's start (the build is done by then), so the figure covers the whole start-up.
        long launched = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                .orElse(System.currentTimeMillis());
        Suite suite = Suite.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("==> Stopping the suite ...");
            suite.close();
            deleteQuietly(pidFile);
            System.out.println("    Stopped.");
            stopped.countDown();
        }, "stop-suite"));
        write(pidFile, String.valueOf(ProcessHandle.current().pid()));

        if (loadData) {
            loadDataset(suite, root.resolve("deploy/dataset"), env, examples);
        }
        System.out.printf("==> Suite up%s in %.1f s (from suite.sh's launcher, after the build)%n",
                loadData ? " and data loaded" : "", (System.currentTimeMillis() - launched) / 1000.0);

        printSummary(suite);
        stopped.await();
    }

    /** Through the services' own APIs as the admin client: a second run changes nothing. */
    private static void loadDataset(Suite suite, Path dataset, Map<String, String> env, boolean examples) {
        System.out.println("==> Loading the national strategy's data (" + dataset + ") ...");
        String token = adminToken(suite, env);
        DatasetLoader loader = new DatasetLoader(dataset, service -> suite.service(service).baseUrl(), () -> token);
        LoadSummary summary = loader.load();
        System.out.print(summary);
        System.out.println(summary.conflicts().isEmpty() ? "    Data loaded." : "    Data loaded WITH CONFLICTS (above).");
        if (examples) {
            System.out.println("==> Loading EXAMPLE status reports (invented, for demonstration: "
                    + dataset.resolve("examples/status-reports.json") + ") ...");
            LoadSummary invented = loader.loadExamples();
            System.out.print(invented);
            System.out.println(invented.conflicts().isEmpty() ? "    Examples loaded." : "    Examples loaded WITH CONFLICTS.");
        }
    }

    private static String adminToken(Suite suite, Map<String, String> env) {
        if (suite.keycloak() != null) {
            return suite.keycloak().accessToken(ADMIN_CLIENT);
        }
        String tokenUrl = env.getOrDefault("FOLLOWUP_OIDC_TOKEN_URL", suite.issuer() + "/protocol/openid-connect/token");
        String client = env.getOrDefault("FOLLOWUP_ADMIN_CLIENT_ID", ADMIN_CLIENT);
        return KeycloakServer.clientCredentialsToken(tokenUrl, client,
                ClientToken.key(env.get("FOLLOWUP_ADMIN_CLIENT_KEY"), client, suite.runDirectory()), null);
    }

    private static void printSummary(Suite suite) {
        StringBuilder out = new StringBuilder("\nThe suite is running.\n\n");
        for (var entry : suite.services().entrySet()) {
            String url = entry.getValue().baseUrl();
            out.append(String.format("  %-19s %s/api/v1   Swagger UI %s/q/swagger-ui%n", entry.getKey().module(), url, url));
        }
        out.append("\n  Reporting view:     ").append(suite.service(SuiteService.REPORTING).baseUrl())
                .append("/api/v1/status/overview\n");
        out.append("  Dashboard:          ").append(suite.service(SuiteService.REPORTING).baseUrl()).append("/\n")
                .append("    sign in as analytiker / analytiker-local-only (Helsedirektoratet, may freeze council snapshots),\n")
                .append("    radsmedlem / radsmedlem-local-only (council member, reads) or\n")
                .append("    rapportor-vest / rapportor-vest-local-only (Helse Vest, reads); local-only passwords, see README\n");
        out.append("  Identity provider:  ").append(suite.issuer()).append("\n");
        out.append("\nGet an access token (client credentials with private_key_jwt, as with HelseID), for example as Helse Vest:\n")
                .append("  TOKEN=$(deploy/local/suite.sh token helse-vest)\n")
                .append("  curl -H \"Authorization: Bearer $TOKEN\" ")
                .append(suite.service(SuiteService.INDICATOR).baseUrl()).append("/api/v1/indicators\n")
                .append("Clients: strategioppfolging-admin, strategioppfolging-reader, helse-sor-ost, helse-vest,\n")
                .append("  helse-midt-norge, helse-nord, ks, fhi, nhn, helsedirektoratet (see README).\n")
                .append("\nStop with Ctrl-C, or deploy/local/suite.sh down from another terminal.\n");
        System.out.println(out);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing to clean up then
        }
    }
}
