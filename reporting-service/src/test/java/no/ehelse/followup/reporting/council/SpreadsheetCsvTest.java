package no.ehelse.followup.reporting.council;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What an analyst's spreadsheet gets: text that stays text, numbers that stay numbers, rows that stay rows. */
class SpreadsheetCsvTest {

    private static String row(Object... cells) {
        String csv = SpreadsheetCsv.write(List.of("a", "b", "c"), List.of(Arrays.asList(cells)));
        assertEquals("a,b,c\r\n", csv.substring(0, 7));
        return csv.substring(7);
    }

    @Test
    void formulasAreNeutralisedAsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'@SUM(A1)\r\n",
                row("=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)"));
        assertEquals("'-2+3,'\tcmd,\"'\rx\"\r\n", row("-2+3", "\tcmd", "\rx"));
    }

    @Test
    void numbersStayNumbersAndPlainTextStaysUnquoted() {
        assertEquals("-0.05,62,Det er enkelt for meg\r\n", row(new BigDecimal("-0.050"), new BigDecimal("62"),
                "Det er enkelt for meg"));
        assertEquals(",,\r\n", row(null, "", null));
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"a,b\",\"si \"\"hei\"\"\",\"linje 1\r\nlinje 2\"\r\n", row("a,b", "si \"hei\"", "linje 1\r\nlinje 2"));
    }
}
