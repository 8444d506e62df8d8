package no.ehelse.followup.roadmap;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.hibernate.exception.ConstraintViolationException;

import no.ehelse.followup.platform.problem.ProblemException;

/**
 * Flushes pending writes so a unique constraint that a concurrent writer got to first answers as a
 * problem (typically a 409) instead of an internal error at commit.
 */
public final class Constraints {

    private Constraints() {
    }

    /** @param problems the problem for each unique constraint (index) name */
    public static void flush(EntityManager entityManager, Map<String, Supplier<ProblemException>> problems) {
        try {
            entityManager.flush();
        } catch (ConstraintViolationException e) {
            Supplier<ProblemException> problem = e.getConstraintName() == null ? null
                    : problems.get(e.getConstraintName().toLowerCase());
            if (problem == null) {
                throw e;
            }
            throw problem.get();
        }
    }
}
