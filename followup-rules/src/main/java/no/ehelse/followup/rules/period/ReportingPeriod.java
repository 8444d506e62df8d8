package no.ehelse.followup.rules.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A reporting period in the ISO-style notation that DHIS2 and ADX use: year {@code 2024}, half-year
 * {@code 2024S1}, tertial {@code 2025T2} (the national portfolio's four-month cycle), quarter
 * {@code 2024Q3}, month {@code 2024-09}, day {@code 2024-09-15}, or an interval of two of these
 * {@code 2021-09/2022-09} (some of the plan's baselines span twelve months).
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

    public enum Kind { YEAR, HALF_YEAR, TERTIAL, QUARTER, MONTH, DAY, INTERVAL }

    public static final String FORMAT_HELP = "a period such as 2024, 2024S1, 2025T2, 2024Q3, 2024-09, 2024-09-15 "
            + "or an interval 2021-09/2022-09";

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF_YEAR = Pattern.compile("(\\d{4})S([12])");
    private static final Pattern TERTIAL = Pattern.compile("(\\d{4})T([1-3])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * No period starts before this year: the strategy follows figures of the 2000s, and a year such as
     * {@code 0000} is a typing or mapping error, not history.
     */
    public static final int EARLIEST_YEAR = 1900;

    private static final Comparator<ReportingPeriod> ORDER = Comparator.comparing(ReportingPeriod::end)
            .thenComparing(ReportingPeriod::start);

    private final String text;
    private final Kind kind;
    private final LocalDate start;
    private final LocalDate end;

    private ReportingPeriod(String text, Kind kind, LocalDate start, LocalDate end) {
        if (start.getYear() < EARLIEST_YEAR) {
            throw new IllegalArgumentException("'" + text + "' starts before " + EARLIEST_YEAR
                    + "; no period may start earlier");
        }
        this.text = text;
        this.kind = kind;
        this.start = start;
        this.end = end;
    }

    /** @throws IllegalArgumentException naming the accepted notations, when the text is not a period */
    @JsonCreator
    public static ReportingPeriod parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("must be " + FORMAT_HELP);
        }
        String value = text.trim();
        try {
            int slash = value.indexOf('/');
            if (slash >= 0) {
                ReportingPeriod from = single(value.substring(0, slash));
                ReportingPeriod to = single(value.substring(slash + 1));
                if (to.end.isBefore(from.start)) {
                    throw new IllegalArgumentException("the interval " + value + " ends before it starts");
                }
                return new ReportingPeriod(from.text + "/" + to.text, Kind.INTERVAL, from.start, to.end);
            }
            return single(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a calendar period; must be " + FORMAT_HELP);
        }
    }

    /**
     * The most specific notation for a date range, as systems that speak in dates (FHIR's
     * {@code Period}) give it: a day, month, quarter, tertial, half-year or year when the range is
     * exactly one, an interval of days otherwise.
     */
    public static ReportingPeriod covering(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the period ends (" + end + ") before it starts (" + start + ")");
        }
        if (start.equals(end)) {
            return parse(start.toString());
        }
        YearMonth first = YearMonth.from(start);
        if (start.getDayOfMonth() == 1 && end.equals(YearMonth.from(end).atEndOfMonth())) {
            int months = (int) (first.until(YearMonth.from(end), java.time.temporal.ChronoUnit.MONTHS) + 1);
            int month = first.getMonthValue();
            int year = first.getYear();
            if (months == 1) {
                return parse(first.toString());
            }
            if (year == end.getYear() && months == 12) {
                return parse(String.valueOf(year));
            }
            if (year == end.getYear() && months == 6 && (month - 1) % 6 == 0) {
                return parse(year + "S" + ((month - 1) / 6 + 1));
            }
            if (year == end.getYear() && months == 4 && (month - 1) % 4 == 0) {
                return parse(year + "T" + ((month - 1) / 4 + 1));
            }
            if (year == end.getYear() && months == 3 && (month - 1) % 3 == 0) {
                return parse(year + "Q" + ((month - 1) / 3 + 1));
            }
            return parse(first + "/" + YearMonth.from(end));
        }
        return parse(start + "/" + end);
    }

    private static ReportingPeriod single(String value) {
        Matcher m;
        if ((m = YEAR.matcher(value)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return new ReportingPeriod(value, Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if ((m = HALF_YEAR.matcher(value)).matches()) {
            return months(value, Kind.HALF_YEAR, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 6);
        }
        if ((m = TERTIAL.matcher(value)).matches()) {
            return months(value, Kind.TERTIAL, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 4);
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            return months(value, Kind.QUARTER, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 3);
        }
        if ((m = MONTH.matcher(value)).matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new ReportingPeriod(value, Kind.MONTH, month.atDay(1), month.atEndOfMonth());
        }
        if (DAY.matcher(value).matches()) {
            LocalDate day = LocalDate.parse(value);
            return new ReportingPeriod(value, Kind.DAY, day, day);
        }
        throw new IllegalArgumentException("'" + value + "' must be " + FORMAT_HELP);
    }

    private static ReportingPeriod months(String text, Kind kind, int year, int index, int length) {
        YearMonth first = YearMonth.of(year, (index - 1) * length + 1);
        return new ReportingPeriod(text, kind, first.atDay(1), first.plusMonths(length - 1L).atEndOfMonth());
    }

    public Kind kind() {
        return kind;
    }

    /** First day of the period. */
    public LocalDate start() {
        return start;
    }

    /** Last day of the period, inclusive. */
    public LocalDate end() {
        return end;
    }

    /** A period that has not begun by {@code today} cannot have been measured yet. */
    public boolean startsAfter(LocalDate today) {
        return start.isAfter(today);
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }

    /** Chronological: by end, then by start, so a year sorts after its last quarter's start. */
    @Override
    public int compareTo(ReportingPeriod other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingPeriod other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }
}
