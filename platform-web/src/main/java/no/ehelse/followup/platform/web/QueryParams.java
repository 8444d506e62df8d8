package no.ehelse.followup.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import no.ehelse.followup.platform.problem.ProblemException;

/**
 * Strict parsing of query parameters: a value the API cannot read is a 400 naming the parameter,
 * rather than JAX-RS's 404 or a silent false.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
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

    public static UUID uuid(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
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

    /** The whole number, or {@code fallback} when absent; outside {@code min..max} is a 400. */
    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(name, "must be a whole number from " + min + " to " + max);
    }
}
