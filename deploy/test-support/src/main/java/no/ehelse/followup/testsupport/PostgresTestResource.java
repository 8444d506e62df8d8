package no.ehelse.followup.testsupport;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import no.ehelse.followup.infrastructure.Ports;
import no.ehelse.followup.infrastructure.PostgresServer;

/**
 * Real PostgreSQL for a service's tests: an embedded server (or the external one named by
 * {@code FOLLOWUP_PG_HOST}) with a freshly created database {@code <database>_test}.
 * Init argument {@code database}: the service's database name.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";
    private PostgresServer server;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database) + "_test";
    }

    @Override
    public Map<String, String> start() {
        server = PostgresServer.fromEnvironment(System.getenv(), Path.of("target", "embedded-postgres"), Ports.free(), true);
        server.recreateDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
