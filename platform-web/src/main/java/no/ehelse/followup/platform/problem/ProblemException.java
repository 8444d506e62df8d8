package no.ehelse.followup.platform.problem;

import java.util.List;

/** Thrown by domain code to answer with a problem; the transaction rolls back, nothing is written. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, summary(errors), errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " does not exist");
    }

    public static ProblemException forbidden(String why) {
        return new ProblemException(ProblemType.FORBIDDEN, why);
    }

    public static ProblemException conflict(String why) {
        return new ProblemException(ProblemType.CONFLICT, why);
    }

    /** 413: {@code field} goes beyond {@code limit}, a configured limit the message names. */
    public static ProblemException tooLarge(String field, String limit, String message) {
        return new ProblemException(ProblemType.CONTENT_TOO_LARGE, field + ": " + message + " (limit " + limit + ")",
                List.of(new Problem.FieldError(field, message + " (limit " + limit + ")")));
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    static String summary(List<Problem.FieldError> errors) {
        if (errors.size() == 1) {
            return errors.get(0).field() + ": " + errors.get(0).message();
        }
        return errors.size() + " fields are invalid";
    }
}
