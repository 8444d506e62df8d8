package no.ehelse.followup.rules.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2024, YEAR, 2024-01-01, 2024-12-31",
            "2024S2, HALF_YEAR, 2024-07-01, 2024-12-31",
            "2025T2, TERTIAL, 2025-05-01, 2025-08-31",
            "2024Q3, QUARTER, 2024-07-01, 2024-09-30",
            "2024-02, MONTH, 2024-02-01, 2024-02-29",
            "2022-11-29, DAY, 2022-11-29, 2022-11-29",
            "2021-09/2022-09, INTERVAL, 2021-09-01, 2022-09-30" })
    void parsesEveryNotation(String text, ReportingPeriod.Kind kind, LocalDate start, LocalDate end) {
        ReportingPeriod period = ReportingPeriod.parse(text);
        assertEquals(kind, period.kind());
        assertEquals(start, period.start());
        assertEquals(end, period.end());
        assertEquals(text, period.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "0000", "1899", "1899-12-31", "1899-12/1900-02", "1899Q4" })
    void rejectsPeriodsThatStartBefore1900(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse(text));
        assertTrue(e.getMessage().contains("starts before 1900"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "1900", "1900-01-01", "1900Q1" })
    void acceptsPeriodsFrom1900(String text) {
        assertEquals(1900, ReportingPeriod.parse(text).start().getYear());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "24", "2024Q5", "2024T4", "2024S3", "2024-13", "2024-02-30", "2024W01",
            "2023-01/2022-12", "Q3 2024" })
    void rejectsWhatIsNotAPeriod(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse(text));
        assertTrue(e.getMessage().contains("2024Q3") || e.getMessage().contains("ends before"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "2024-09-15, 2024-09-15, 2024-09-15",
            "2024-09-01, 2024-09-30, 2024-09",
            "2024-07-01, 2024-09-30, 2024Q3",
            "2025-05-01, 2025-08-31, 2025T2",
            "2024-01-01, 2024-06-30, 2024S1",
            "2024-01-01, 2024-12-31, 2024",
            "2021-09-01, 2022-09-30, 2021-09/2022-09",
            "2024-01-15, 2024-02-10, 2024-01-15/2024-02-10" })
    void aDateRangeGetsItsMostSpecificNotation(LocalDate start, LocalDate end, String expected) {
        assertEquals(expected, ReportingPeriod.covering(start, end).toString());
    }

    @Test
    void ordersChronologicallyByEnd() {
        assertTrue(ReportingPeriod.parse("2024Q3").compareTo(ReportingPeriod.parse("2024")) < 0);
        assertTrue(ReportingPeriod.parse("2024-12").compareTo(ReportingPeriod.parse("2025-01-01")) < 0);
    }

    @Test
    void aPeriodThatHasStartedIsNotInTheFuture() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertFalse(ReportingPeriod.parse("2026Q4").startsAfter(today));
        assertTrue(ReportingPeriod.parse("2026-12").startsAfter(today));
    }
}
