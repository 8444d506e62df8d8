package no.ehelse.followup.platform.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PreDestroy;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * The relay's own database connection, outside the pool: it holds the leadership (a session advisory
 * lock, so one replica publishes at a time and cannot reorder another's events) and LISTENs for the
 * notification that {@code outbox_event}'s insert trigger sends at every commit. If the connection
 * breaks, leadership goes with it and another replica's relay takes over.
 */
@ApplicationScoped
class OutboxSignal {

    private static final Logger LOG = Logger.getLogger(OutboxSignal.class);
    /** Advisory lock key: any constant shared by the replicas of one service database. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private Connection connection;
    private boolean leader;

    /** @return whether this replica is the one that publishes; tries to become it when not */
    synchronized boolean lead() {
        try {
            if (connection == null || !connection.isValid(2)) {
                open();
            }
            if (!leader) {
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery("select pg_try_advisory_lock(" + RELAY_LOCK + ")")) {
                    result.next();
                    leader = result.getBoolean(1);
                }
            }
            return leader;
        } catch (SQLException e) {
            LOG.warnf("The outbox relay's connection failed (%s); it reconnects and polls meanwhile", e.getMessage());
            close();
            return false;
        }
    }

    /** Waits until a write commits or the timeout passes, whichever comes first. */
    void await(Duration timeout) {
        Connection listening;
        synchronized (this) {
            listening = connection;
        }
        try {
            if (listening != null) {
                listening.unwrap(PGConnection.class).getNotifications((int) Math.max(1, timeout.toMillis()));
                return;
            }
        } catch (SQLException e) {
            LOG.debugf("Waiting for outbox notifications failed: %s", e.getMessage());
            close();
        }
        sleep(timeout);
    }

    private void open() throws SQLException {
        close();
        connection = DriverManager.getConnection(url, username.orElse(null), password.orElse(null));
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen outbox_event");
        }
    }

    @PreDestroy
    synchronized void close() {
        leader = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the outbox relay's connection: %s", e.getMessage());
            }
            connection = null;
        }
    }

    private static void sleep(Duration timeout) {
        try {
            Thread.sleep(Math.max(1, timeout.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
