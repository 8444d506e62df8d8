package no.ehelse.followup.reporting.consumer;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.QueryTimeoutException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure that says nothing about the record (the view's database away, a lock or connection
 * timeout: wait it out, however long) from one the record meets on every attempt (an integrity violation,
 * a projector bug: park it after a few attempts).
 */
final class Failures {

    /**
     * SQL states of a database that is away or busy, not of a statement that is wrong: connection
     * exceptions (class 08), insufficient resources (53), operator intervention such as a shutdown or
     * restart (57P01–57P03), a cancelled statement (57014), serialization failures and deadlocks
     * (40001, 40P01) and locks not available (55P03).
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "57014", "40001", "40P01",
            "55P03");

    private Failures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof LockTimeoutException
                    || cause instanceof QueryTimeoutException || cause instanceof SQLTransientException
                    || cause instanceof IOException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                // No state: the connection pool's own failures, such as an acquisition timeout.
                return state == null || state.startsWith("08") || state.startsWith("53") || TRANSIENT_STATES.contains(state);
            }
            if (cause instanceof jakarta.transaction.RollbackException && cause.getCause() == null) {
                // Rolled back by the transaction manager (a timeout), not by anything the record did.
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, which names what went wrong (the constraint, the projector's complaint). */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > 2000 ? message.substring(0, 2000) : message;
    }
}
