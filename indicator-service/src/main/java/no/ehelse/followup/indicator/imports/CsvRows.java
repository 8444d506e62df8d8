package no.ehelse.followup.indicator.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import no.ehelse.followup.indicator.measurements.MeasurementRequest;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.web.ControlCharacters;

/**
 * Reads a CSV import a record at a time with Jackson's CSV parser (RFC 4180: quoted fields may hold
 * separators, quotes and newlines). The header names the columns, in any order: indicatorId, period,
 * value, numerator, denominator, source, methodNote. A header with semicolons selects semicolon
 * separation and decimal commas, as Norwegian spreadsheets write them; spaces, no-break spaces
 * (U+00A0) and narrow no-break spaces (U+202F) group thousands. A byte order mark is skipped. Rows
 * are numbered by record, so a quoted newline does not shift the numbers of later rows.
 */
final class CsvRows implements Iterator<ImportRow> {

    static final Set<String> COLUMNS = Set.of("indicatorId", "period", "value", "numerator", "denominator", "source",
            "methodNote");
    private static final Set<String> REQUIRED = Set.of("indicatorId", "period", "value");
    private static final CsvMapper CSV = new CsvMapper();
    /** Digit grouping as spreadsheets write it: space, no-break space, narrow no-break space. */
    private static final Pattern THOUSANDS = Pattern.compile("[ \u00A0\u202F]");
    private static final int HEADER_LOOKAHEAD = 64 * 1024;

    private final MappingIterator<List<String>> records;
    private final char separator;
    private final Map<String, Integer> columns = new HashMap<>();
    private long number;
    private boolean broken;

    CsvRows(Reader body) {
        BufferedReader reader = new BufferedReader(body);
        separator = separatorOf(reader);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"')
                .withoutEscapeChar();
        try {
            records = CSV.readerForListOf(String.class).with(schema)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY)
                    .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                    .readValues(reader);
            if (!records.hasNextValue()) {
                throw ProblemException.invalid("body", "the CSV file is empty; it needs a header line with "
                        + String.join(",", REQUIRED));
            }
            readHeader(records.nextValue());
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", "the CSV header cannot be read: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the import failed", e);
        }
    }

    /** Skips a byte order mark and picks the separator from the header line, leaving the reader at the header. */
    private static char separatorOf(BufferedReader reader) {
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            reader.mark(HEADER_LOOKAHEAD);
            String header = reader.readLine();
            reader.reset();
            return header != null && header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the import failed", e);
        }
    }

    private void readHeader(List<String> names) {
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
    }

    @Override
    public boolean hasNext() {
        if (broken) {
            return false;
        }
        try {
            return records.hasNextValue();
        } catch (JsonProcessingException e) {
            return true; // next() reports it as the row where the file stopped being readable
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the import failed", e);
        }
    }

    @Override
    public ImportRow next() {
        if (broken) {
            throw new NoSuchElementException();
        }
        number++;
        List<String> cells;
        try {
            cells = records.nextValue();
        } catch (JsonProcessingException | RuntimeJsonMappingException e) {
            // Past an unterminated quote nothing can be read reliably: this row fails and the import ends here.
            broken = true;
            return ImportRow.unreadable(number, List.of(new FieldError("body", "not valid CSV from here on: "
                    + (e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage()))));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the import failed", e);
        }
        List<FieldError> errors = new ArrayList<>();
        MeasurementRequest request = new MeasurementRequest(
                text(cells, "period", errors),
                number(cells, "value", errors),
                number(cells, "numerator", errors),
                number(cells, "denominator", errors),
                text(cells, "source", errors),
                text(cells, "methodNote", errors));
        String indicatorId = text(cells, "indicatorId", errors);
        requirePresent(indicatorId, "indicatorId", errors);
        requirePresent(request.period(), "period", errors);
        requirePresent(request.value(), "value", errors);
        return errors.isEmpty() ? new ImportRow(number, indicatorId, request, List.of())
                : ImportRow.unreadable(number, errors);
    }

    /** A required column left empty; one that was given but refused already has its error. */
    private static void requirePresent(Object value, String column, List<FieldError> errors) {
        if (value == null && errors.stream().noneMatch(e -> e.field().equals(column))) {
            errors.add(new FieldError(column, "must not be blank"));
        }
    }

    private String text(List<String> cells, String column, List<FieldError> errors) {
        Integer index = columns.get(column);
        if (index == null || index >= cells.size() || cells.get(index) == null) {
            return null;
        }
        String value = cells.get(index).strip();
        String problem = ControlCharacters.problemIn(value);
        if (problem != null) {
            errors.add(new FieldError(column, problem));
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    private BigDecimal number(List<String> cells, String column, List<FieldError> errors) {
        String value = text(cells, column, errors);
        if (value == null) {
            return null;
        }
        String normalised = THOUSANDS.matcher(value).replaceAll("");
        if (separator == ';') {
            normalised = normalised.replace(',', '.');
        }
        try {
            return new BigDecimal(normalised);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(column, "'" + value + "' is not a number"));
            return null;
        }
    }
}
