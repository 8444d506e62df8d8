package no.ehelse.followup.reporting.consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures are waited out (the database away) and which park a record after its attempts. */
class FailuresTest {

    @Test
    void aDatabaseThatIsAwayOrBusyIsTransient() {
        for (String state : new String[] { "08006", "08001", "57P01", "57P03", "53300", "40001", "40P01", "55P03" }) {
            assertTrue(Failures.isTransient(new PersistenceException(new SQLException("away", state))), state);
        }
        assertTrue(Failures.isTransient(new JDBCConnectionException("no connection", new SQLException("refused"))));
        assertTrue(Failures.isTransient(new RuntimeException(new ConnectException("Connection refused"))));
        // The pool's own acquisition timeout carries no SQL state.
        assertTrue(Failures.isTransient(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void aViolationOrAProjectorBugIsNot() {
        for (String state : new String[] { "23505", "23514", "23503", "22001", "42703", "P0001" }) {
            assertFalse(Failures.isTransient(new ConstraintViolationException("violated", new SQLException("no", state),
                    "constraint")), state);
        }
        assertFalse(Failures.isTransient(new IllegalStateException("the projector has a bug")));
        assertFalse(Failures.isTransient(new NullPointerException()));
    }
}
