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

    /** Starts the service without waiting; call {@link #awaitHealthy(Duration)}. */
    public static ServiceProcess launch(SuiteService service, Path repositoryRoot, int port, Map<String, String> config,
            Path logDirectory) {
        Path runner = service.runner(repositoryRoot);
        if (!Files.exists(runner)) {
            throw new IllegalStateException(runner + " is missing: package the services first (./mvnw package -DskipTests)");
        }
        Ports.requireFree(port, service.module());
        List<String> command = new ArrayList<>(List.of(RuntimeFiles.javaExecutable().toString(),
                "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC"));
        Map<String, String> properties = new TreeMap<>(config);
        properties.put("quarkus.http.port", String.valueOf(port));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(runner.toString());
        ManagedProcess process = ManagedProcess.start(service.module(), command, Map.of(), runner.getParent(),
                logDirectory.resolve(service.module() + ".log"));
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

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
