package no.ehelse.followup.infrastructure;

import java.nio.file.Path;

/** The five services of the suite, with their default ports and databases. */
public enum SuiteService {
    INDICATOR("indicator-service", 8081, "indicator"),
    INITIATIVE("initiative-service", 8082, "initiative"),
    ROADMAP("roadmap-service", 8083, "roadmap"),
    REPORTING("reporting-service", 8084, "reporting"),
    WEBHOOK("webhook-service", 8085, "webhook");

    private final String module;
    private final int defaultPort;
    private final String database;

    SuiteService(String module, int defaultPort, String database) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String database() {
        return database;
    }

    /** The packaged service (Quarkus fast-jar) inside the repository. */
    public Path runner(Path repositoryRoot) {
        return repositoryRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
