package no.ehelse.followup.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** A write the database refused because of another transaction is a 409 the caller may repeat, not a 500. */
class ConcurrentChangeTest {

    private static RuntimeException committing(SQLException cause) {
        // As a commit reports it: the transaction layer around the persistence layer around the driver.
        return new IllegalStateException("commit failed", new RuntimeException("could not execute statement", cause));
    }

    @Test
    void duplicateKeysAndSerializationFailuresAreConflicts() {
        assertTrue(ProblemResponses.isConcurrentChange(committing(new SQLException("duplicate key", "23505"))));
        assertTrue(ProblemResponses.isConcurrentChange(committing(new SQLException("deadlock", "40P01"))));
        assertEquals(409, new ProblemResponses()
                .unexpected(committing(new SQLException("duplicate key", "23505")), null).getStatus());
    }

    @Test
    void otherFailuresStayInternalErrors() {
        assertFalse(ProblemResponses.isConcurrentChange(committing(new SQLException("connection refused", "08001"))));
        assertFalse(ProblemResponses.isConcurrentChange(new IllegalStateException("no cause")));
        assertEquals(500, new ProblemResponses().unexpected(new IllegalStateException("bug"), null).getStatus());
    }
}
