package no.ehelse.followup.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server: embedded (the zonky binaries, a postgres process of its own) by default,
 * or an external server when {@code FOLLOWUP_PG_HOST} names one. Each service gets a database of its own.
 */
public final class PostgresServer implements AutoCloseable {

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String user, String password, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /**
     * The external server named by the environment ({@code FOLLOWUP_PG_HOST}, {@code FOLLOWUP_PG_PORT},
     * {@code FOLLOWUP_PG_USER}, {@code FOLLOWUP_PG_PASSWORD}), else an embedded one in {@code directory}.
     */
    public static PostgresServer fromEnvironment(Map<String, String> env, Path directory, int port, boolean fresh) {
        String host = env.get("FOLLOWUP_PG_HOST");
        if (host != null && !host.isBlank()) {
            return new PostgresServer(host, Integer.parseInt(env.getOrDefault("FOLLOWUP_PG_PORT", "5432")),
                    env.getOrDefault("FOLLOWUP_PG_USER", "postgres"), env.getOrDefault("FOLLOWUP_PG_PASSWORD", ""), null);
        }
        return embedded(directory, port, fresh);
    }

    public static PostgresServer embedded(Path directory, int port, boolean fresh) {
        Ports.requireFree(port, "PostgreSQL");
        if (fresh) {
            Directories.deleteRecursively(directory);
        }
        try {
            // The data outlives the server: a later run starts on it unless that run is fresh.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(directory.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", fresh ? "off" : "on")
                    .start();
            return new PostgresServer("127.0.0.1", port, "postgres", "postgres", postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + directory, e);
        }
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates the database unless it exists; a second run keeps its data. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsafe database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " on " + host + ":" + port, e);
        }
    }

    /** Drops and recreates the database: a clean slate for a test run. */
    public void recreateDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop database " + database, e);
        }
        ensureDatabase(database);
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
