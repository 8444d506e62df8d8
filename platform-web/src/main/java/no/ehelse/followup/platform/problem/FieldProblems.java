package no.ehelse.followup.platform.problem;

import java.util.List;


/** Problems other than validation that still name the field they are about, as partners switch on it. */
public final class FieldProblems {

    private FieldProblems() {
    }

    /** 409: the field conflicts with what is recorded. */
    public static ProblemException conflict(String field, String message) {
        return of(ProblemType.CONFLICT, field, message);
    }

    /** 403: the caller may not do this, and the field says why. */
    public static ProblemException forbidden(String field, String message) {
        return of(ProblemType.FORBIDDEN, field, message);
    }

    private static ProblemException of(ProblemType type, String field, String message) {
        return new ProblemException(type, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }
}
