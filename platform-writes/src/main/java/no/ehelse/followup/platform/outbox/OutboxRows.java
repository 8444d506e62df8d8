package no.ehelse.followup.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The relay's reads and writes of {@code outbox_event}, each its own short autocommit statement: no
 * transaction or pool connection is held while the relay waits for the broker.
 */
@ApplicationScoped
class OutboxRows {

    /** A row to publish, detached from the database. */
    record Pending(long id, UUID eventId, String topic, String key, String eventType, String envelope, Map<String, String> headers,
            int attempts) {
    }

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    /**
     * Unpublished rows in id order, leaving out every parked row and every row that has a parked row of its
     * aggregate before it, so nothing overtakes a parked event (a parked row is never published while it is
     * parked). The queue is chosen from on its own, in its key's order, and the rows are then read by id:
     * no join whose plan would depend on how up to date the statistics of a table in a burst of writes are.
     */
    private static final String PENDING = """
            select e.id, e.event_id, e.topic, e.message_key, e.event_type, e.envelope, e.headers::text, e.attempts
            from outbox_event e
            where e.id = any(array(
                select q.id from outbox_pending q
                where not exists (select 1 from outbox_event p
                                  where p.parked_at is not null
                                    and p.topic = q.topic and p.message_key = q.message_key and p.id <= q.id)
                order by q.id
                limit ?))
            order by e.id""";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    List<Pending> pending(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(PENDING)) {
            statement.setInt(1, limit);
            List<Pending> rows = new ArrayList<>(limit);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Pending(result.getLong(1), result.getObject(2, UUID.class), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6), headers(result.getString(7)),
                            result.getInt(8)));
                }
            }
            return rows;
        }
    }

    /** Rows waiting: unpublished and not parked. */
    long waiting() throws SQLException {
        // Every parked row is unpublished, so in the queue.
        return count("select (select count(*) from outbox_pending) - (select count(*) from outbox_event where parked_at is not null)");
    }

    long parked() throws SQLException {
        return count("select count(*) from outbox_event where parked_at is not null");
    }

    void published(Collection<Long> ids) throws SQLException {
        if (!ids.isEmpty()) {
            update("delete from outbox_pending where id = any(?)",
                    statement -> statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids.toArray())));
        }
    }

    void failed(long id, String error) throws SQLException {
        update("update outbox_event set attempts = attempts + 1, last_error = ? where id = ?", statement -> {
            statement.setString(1, error);
            statement.setLong(2, id);
        });
    }

    void park(long id, String reason) throws SQLException {
        update("update outbox_event set attempts = attempts + 1, last_error = ?, parked_at = now(), parked_reason = ?"
                + " where id = ?", statement -> {
                    statement.setString(1, reason);
                    statement.setString(2, reason);
                    statement.setLong(3, id);
                });
    }

    /** Deletes the published rows written before {@code before}. */
    long purgePublishedBefore(Instant before) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("delete from outbox_event e where e.created_at < ?"
                        + " and not exists (select 1 from outbox_pending q where q.id = e.id)")) {
            statement.setTimestamp(1, Timestamp.from(before));
            return statement.executeUpdate();
        }
    }

    private interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String sql, Parameters parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.bind(statement);
            statement.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private Map<String, String> headers(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return json.readValue(text, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable outbox headers " + text, e);
        }
    }
}
