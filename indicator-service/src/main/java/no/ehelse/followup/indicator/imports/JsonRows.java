package no.ehelse.followup.indicator.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.ehelse.followup.indicator.measurements.MeasurementRequest;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.web.ControlCharacters;

/**
 * Reads a JSON import, an array of row objects, one object at a time: the file is never held whole.
 * Each row has the fields of a measurement plus {@code indicatorId}; an unknown field or a value of
 * the wrong type rejects that row only.
 */
final class JsonRows implements Iterator<ImportRow> {

    private final JsonParser parser;
    private long number;
    private boolean done;

    JsonRows(ObjectMapper json, InputStream body) {
        try {
            parser = json.getFactory().createParser(body);
            parser.setCodec(json);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ProblemException.invalid("body", "a JSON import is an array of measurement rows");
            }
            advance();
        } catch (JsonProcessingException e) {
            // Not JSON, or beyond the parser's limits (nesting depth, number or string length).
            throw ProblemException.invalid("body", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the import failed", e);
        }
    }

    @Override
    public boolean hasNext() {
        return !done;
    }

    @Override
    public ImportRow next() {
        if (done) {
            throw new NoSuchElementException();
        }
        number++;
        ImportRow row;
        try {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                row = ImportRow.unreadable(number, List.of(new FieldError("row", "must be an object")));
            } else {
                row = read(parser.readValueAsTree());
            }
            advance();
        } catch (JsonProcessingException e) {
            // The rest of the file cannot be read (not JSON, or beyond the parser's limits): this row fails and the
            // import ends here.
            done = true;
            row = ImportRow.unreadable(number, List.of(new FieldError("body",
                    "not valid JSON from here on" + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")
                            + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the import failed", e);
        }
        return row;
    }

    private void advance() throws IOException {
        JsonToken token = parser.nextToken();
        done = token == null || token == JsonToken.END_ARRAY;
    }

    private ImportRow read(JsonNode node) {
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            String name = fields.next().getKey();
            if (!CsvRows.COLUMNS.contains(name)) {
                errors.add(new FieldError(name, "unknown field; a row has " + CsvRows.COLUMNS));
            }
        }
        String indicatorId = text(node, "indicatorId", errors, true);
        MeasurementRequest request = new MeasurementRequest(
                text(node, "period", errors, true),
                number(node, "value", errors, true),
                number(node, "numerator", errors, false),
                number(node, "denominator", errors, false),
                text(node, "source", errors, false),
                text(node, "methodNote", errors, false));
        return errors.isEmpty() ? new ImportRow(number, indicatorId, request, List.of())
                : ImportRow.unreadable(number, errors);
    }

    private static String text(JsonNode node, String field, List<FieldError> errors, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(new FieldError(field, "must not be null"));
            }
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "has the wrong type, expected a string"));
            return null;
        }
        String problem = ControlCharacters.problemIn(value.asText());
        if (problem != null) {
            errors.add(new FieldError(field, problem));
            return null;
        }
        return value.asText();
    }

    private static BigDecimal number(JsonNode node, String field, List<FieldError> errors, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(new FieldError(field, "must not be null"));
            }
            return null;
        }
        if (!value.isNumber()) {
            errors.add(new FieldError(field, "has the wrong type, expected a number"));
            return null;
        }
        return value.decimalValue();
    }
}
