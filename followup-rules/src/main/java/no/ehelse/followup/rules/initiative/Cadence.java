package no.ehelse.followup.rules.initiative;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;

import no.ehelse.followup.rules.period.ReportingPeriod;

/**
 * How often an initiative's owners report, as the calendar periods the reports are expected for:
 * years, half-years, tertials (the national portfolio's cycle), quarters or months.
 */
public enum Cadence {
    YEARLY(1),
    HALF_YEARLY(2),
    TERTIAL(3),
    QUARTERLY(4),
    MONTHLY(12);

    public static final String ALLOWED = "1 (yearly), 2 (half-yearly), 3 (tertials), 4 (quarterly) or 12 (monthly)";

    private final int reportsPerYear;

    Cadence(int reportsPerYear) {
        this.reportsPerYear = reportsPerYear;
    }

    public static Optional<Cadence> of(int reportsPerYear) {
        return Arrays.stream(values()).filter(cadence -> cadence.reportsPerYear == reportsPerYear).findFirst();
    }

    /** The cadence of a stored initiative, whose reportsPerYear was validated when it was defined. */
    public static Cadence ofValid(int reportsPerYear) {
        return of(reportsPerYear).orElseThrow(() -> new IllegalStateException("Unsupported cadence " + reportsPerYear));
    }

    /** The period of this cadence that contains {@code day}, in the notation reports use (2025T2, 2025Q3, …). */
    public ReportingPeriod containing(LocalDate day) {
        int year = day.getYear();
        int index = (day.getMonthValue() - 1) / monthsPerPeriod() + 1;
        return ReportingPeriod.parse(switch (this) {
            case YEARLY -> String.valueOf(year);
            case HALF_YEARLY -> year + "S" + index;
            case TERTIAL -> year + "T" + index;
            case QUARTERLY -> year + "Q" + index;
            case MONTHLY -> YearMonth.from(day).toString();
        });
    }

    public ReportingPeriod previous(ReportingPeriod period) {
        return containing(period.start().minusDays(1));
    }

    public ReportingPeriod next(ReportingPeriod period) {
        return containing(period.end().plusDays(1));
    }

    private int monthsPerPeriod() {
        return 12 / reportsPerYear;
    }
}
