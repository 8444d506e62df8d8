package no.ehelse.followup.roadmap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import no.ehelse.followup.contract.problem.ProblemException;
import no.ehelse.followup.contract.roadmap.Phase;

/**
 * Strict parsing of query parameters: a value the API cannot read is a 400 naming the parameter,
 * rather than JAX-RS's 404 or a silent false.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Phase phase(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Phase.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.toString(Phase.values()));
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    public static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date YYYY-MM-DD");
        }
    }
}
