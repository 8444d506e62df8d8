package no.ehelse.followup.reporting.council;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * CSV meant to be opened in a spreadsheet, written by Jackson's CSV generator (RFC 4180: a field with a
 * comma, quote, CR or LF is quoted). A text cell that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or CR: OWASP's CSV injection list) gets a leading apostrophe, so a name reported
 * by anyone stays text on the analyst's machine; numbers are written as numbers, negative ones too.
 */
final class SpreadsheetCsv {

    /** Quotes only the fields that need it, so a plain name stays as a person would type it. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private SpreadsheetCsv() {
    }

    static String write(List<String> columns, List<List<Object>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        columns.forEach(schema::addColumn);
        List<List<String>> cells = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            cells.add(row.stream().map(SpreadsheetCsv::cell).toList());
        }
        try {
            return CSV.writer(schema.build()).writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Strings are always writable as CSV", e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
