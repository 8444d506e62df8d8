package no.ehelse.followup.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A packaged Quarkus service run as a process of its own, configured by system properties. */
public final class ServiceProcess implements AutoCloseable {

    private final SuiteService service;
    private final int port;
    private final ManagedProcess process;

    private ServiceProcess(SuiteService service, int port, ManagedProcess process) {
        this.service = service;
        this.port = port;
        this.process = process;
    }

    /**
     * JVM settings for five services, Kafka and Keycloak sharing two cores: a small heap with the serial
     * collector (no collector threads), C1 only (quick to start, little code cache), small stacks.
     */
    static final List<String> LEAN_JVM = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:MaxDirectMemorySize=64m");

    /** Thread pools and connections sized for two cores rather than Quarkus's defaults for a server. */
    static final Map<String, String> LEAN_QUARKUS = Map.of(
            "quarkus.vertx.event-loops-pool-size", "2",
            "quarkus.thread-pool.max-threads", "32",
            "quarkus.datasource.jdbc.max-size", "8");

    /** Starts the service without waiting; call {@link #awaitHealthy(Duration)}. */
    public static ServiceProcess launch(SuiteService service, Path repositoryRoot, int port, Map<String, String> config,
            Path logDirectory) {
        return launchLoggingTo(service, repositoryRoot, port, config, logDirectory.resolve(service.module() + ".log"));
    }

    /** {@link #launch} logging to {@code logFile}: a further replica of a service logs apart from the first. */
    public static ServiceProcess launchLoggingTo(SuiteService service, Path repositoryRoot, int port,
            Map<String, String> config, Path logFile) {
        Path runner = service.runner(repositoryRoot);
        if (!Files.exists(runner)) {
            throw new IllegalStateException(runner + " is missing: package the services first (./mvnw package -DskipTests)");
        }
        Ports.requireFree(port, service.module());
        List<String> command = new ArrayList<>(List.of(RuntimeFiles.javaExecutable().toString()));
        command.addAll(LEAN_JVM);
        // The class-data archive the build made (quarkus.package.jar.appcds.enabled): classes mapped, not loaded.
        Path archive = runner.resolveSibling("app-cds.jsa");
        if (Files.exists(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        Map<String, String> properties = new TreeMap<>(LEAN_QUARKUS);
        properties.putAll(config);
        properties.put("quarkus.http.port", String.valueOf(port));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(runner.toString());
        ManagedProcess process = ManagedProcess.start(service.module(), command, Map.of(), runner.getParent(), logFile);
        return new ServiceProcess(service, port, process);
    }

    public ServiceProcess awaitHealthy(Duration timeout) {
        process.awaitReady(this::isReady, timeout);
        return this;
    }

    public boolean isReady() {
        return HttpProbe.answersOk(baseUrl() + "/q/health/ready");
    }

    public SuiteService service() {
        return service;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Resident memory of the service's process, from /proc (Linux); -1 where it cannot be read. */
    public long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
