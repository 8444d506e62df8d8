package no.ehelse.followup.indicator.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import no.ehelse.followup.indicator.measurements.MeasurementRequest;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.platform.problem.ProblemException;

/**
 * Reads a CSV import a line at a time (RFC 4180 quoting). The header names the columns, in any
 * order: indicatorId, period, value, numerator, denominator, source, methodNote. A header with
 * semicolons selects semicolon separation and decimal commas, as Norwegian spreadsheets write them.
 */
final class CsvRows implements Iterator<ImportRow> {

    static final Set<String> COLUMNS = Set.of("indicatorId", "period", "value", "numerator", "denominator", "source",
            "methodNote");
    private static final Set<String> REQUIRED = Set.of("indicatorId", "period", "value");

    private final BufferedReader reader;
    private final char separator;
    private final Map<String, Integer> columns = new HashMap<>();
    private long number;
    private String next;

    CsvRows(InputStream body, Charset charset) {
        reader = new BufferedReader(new InputStreamReader(body, charset));
        String header = readLine();
        if (header == null || header.isBlank()) {
            throw ProblemException.invalid("body", "the CSV file is empty; it needs a header line with "
                    + String.join(",", REQUIRED));
        }
        header = header.replace("\uFEFF", "");
        separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        List<String> names = split(header);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim();
            if (!COLUMNS.contains(name)) {
                errors.add(new FieldError("header." + name, "unknown column; the columns are " + COLUMNS));
            } else if (columns.put(name, i) != null) {
                errors.add(new FieldError("header." + name, "appears twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(new FieldError("header." + required, "required column is missing"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        advance();
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public ImportRow next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        String line = next;
        advance();
        number++;
        List<String> cells = split(line);
        List<FieldError> errors = new ArrayList<>();
        MeasurementRequest request = new MeasurementRequest(
                text(cells, "period"),
                number(cells, "value", errors),
                number(cells, "numerator", errors),
                number(cells, "denominator", errors),
                text(cells, "source"),
                text(cells, "methodNote"));
        String indicatorId = text(cells, "indicatorId");
        if (indicatorId == null) {
            errors.add(new FieldError("indicatorId", "must not be blank"));
        }
        if (request.period() == null) {
            errors.add(new FieldError("period", "must not be blank"));
        }
        if (request.value() == null && errors.stream().noneMatch(e -> e.field().equals("value"))) {
            errors.add(new FieldError("value", "must not be blank"));
        }
        return errors.isEmpty() ? new ImportRow(number, indicatorId, request, List.of())
                : ImportRow.unreadable(number, errors);
    }

    private void advance() {
        do {
            next = readLine();
        } while (next != null && next.isBlank());
    }

    private String readLine() {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the import failed", e);
        }
    }

    private String text(List<String> cells, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= cells.size()) {
            return null;
        }
        String value = cells.get(index).trim();
        return value.isEmpty() ? null : value;
    }

    private BigDecimal number(List<String> cells, String column, List<FieldError> errors) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        String normalised = separator == ';' ? value.replace(" ", "").replace(',', '.') : value;
        try {
            return new BigDecimal(normalised);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(column, "'" + value + "' is not a number"));
            return null;
        }
    }

    /** One line's cells; quotes may enclose separators, and "" is a quote. */
    private List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
