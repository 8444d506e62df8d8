package no.ehelse.followup.indicator.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FHIR date search value, {@code [prefix]value}: the prefix (eq, ne … ; eq when absent) and the
 * range the value stands for at its precision, "2024" being all of 2024. Supported prefixes are
 * eq, ge, le, gt and lt.
 */
record DateParam(String prefix, String value, LocalDate firstDay, LocalDate lastDay, Instant from, Instant until) {

    private static final Pattern FORM = Pattern.compile("(eq|ne|gt|lt|ge|le|sa|eb|ap)?(\\d{4}(-\\d{2}(-\\d{2}(T.+)?)?)?)");

    /**
     * @param zone where a value without a time zone is read (dates are days in Norway)
     * @throws FhirProblem 400 naming {@code name} when the value is no FHIR date or the prefix unsupported
     */
    static DateParam parse(String name, String text, ZoneId zone) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw FhirProblem.badRequest("Search parameter " + name + ": '" + text + "' is not a FHIR date such as 2024, "
                    + "2024-07, 2024-07-01 or 2024-07-01T12:00:00Z, optionally prefixed by eq, ge, le, gt or lt", name);
        }
        String prefix = m.group(1) == null ? "eq" : m.group(1);
        if (!prefix.matches("eq|ge|le|gt|lt")) {
            throw FhirProblem.badRequest("Search parameter " + name + ": the prefix " + prefix + " is not supported; "
                    + "eq, ge, le, gt and lt are", name);
        }
        String value = m.group(2);
        try {
            if (m.group(5) != null) {
                Instant instant = OffsetDateTime.parse(value).toInstant();
                LocalDate day = instant.atZone(zone).toLocalDate();
                return new DateParam(prefix, value, day, day, instant, instant.plusSeconds(1));
            }
            LocalDate first;
            LocalDate last;
            if (m.group(3) == null) {
                first = Year.parse(value).atDay(1);
                last = first.plusYears(1).minusDays(1);
            } else if (m.group(4) == null) {
                YearMonth month = YearMonth.parse(value);
                first = month.atDay(1);
                last = month.atEndOfMonth();
            } else {
                first = LocalDate.parse(value);
                last = first;
            }
            return new DateParam(prefix, value, first, last, first.atStartOfDay(zone).toInstant(),
                    last.plusDays(1).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException e) {
            throw FhirProblem.badRequest("Search parameter " + name + ": '" + value + "' is not a valid date or time", name);
        }
    }

    /**
     * The JPQL condition that a period {@code [start, end]} (two date attributes) meets, as FHIR
     * compares ranges: eq contains it, ge/le overlap the range from or up to the value.
     */
    String periodCondition(String start, String end, String parameter) {
        return switch (prefix) {
            case "eq" -> start + " >= :" + parameter + "First and " + end + " <= :" + parameter + "Last";
            case "ge" -> end + " >= :" + parameter + "First";
            case "gt" -> end + " > :" + parameter + "Last";
            case "le" -> start + " <= :" + parameter + "Last";
            default -> start + " < :" + parameter + "First";
        };
    }

    /** The JPQL condition that an instant attribute meets. */
    String instantCondition(String attribute, String parameter) {
        return switch (prefix) {
            case "eq" -> attribute + " >= :" + parameter + "From and " + attribute + " < :" + parameter + "Until";
            case "ge" -> attribute + " >= :" + parameter + "From";
            case "gt" -> attribute + " >= :" + parameter + "Until";
            case "le" -> attribute + " < :" + parameter + "Until";
            default -> attribute + " < :" + parameter + "From";
        };
    }

    @Override
    public String toString() {
        return prefix + value;
    }
}
