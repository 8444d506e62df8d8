package no.ehelse.followup.platform.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.postgresql.PGConnection;

/**
 * Rows written with PostgreSQL's {@code COPY … FROM STDIN} on the transaction's connection: the
 * database's own bulk load, several times faster than even multi-row INSERTs, since nothing is
 * parsed or planned per row. Inside a transaction it is as atomic as an INSERT, and fires the
 * table's INSERT triggers. A single row, as a single report writes, is one INSERT instead: one
 * round trip where COPY takes two. Either way each value is sent as text for the column's type to
 * read, so both write the same.
 * <p>
 * The rows are sent in COPY's CSV format. The driver has no encoder for it, and it is small:
 * every value quoted with its quotes doubled (so separators, quotes and newlines in text are kept),
 * a null unquoted and empty.
 */
public final class CopyRows {

    private final String sql;
    private final String insert;
    private final int width;
    private final StringBuilder data = new StringBuilder();
    private final List<String> first = new ArrayList<>();
    private int rows;

    /** Rows of these columns of {@code table}; every other column takes its default. */
    public CopyRows(String table, List<String> columns) {
        this.sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)";
        this.insert = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        this.width = columns.size();
    }

    /**
     * Adds a row, its values in the order of the columns: text, numbers, booleans, dates and
     * instants (ISO 8601) as PostgreSQL reads their {@code toString}; {@code null} for SQL NULL.
     */
    public CopyRows row(Object... values) {
        if (values.length != width) {
            throw new IllegalArgumentException("a row of " + width + " columns, not " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                data.append(',');
            }
            Object value = values[i];
            String text = value == null ? null : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
            if (rows == 0) {
                first.add(text);
            }
            if (text != null) {
                data.append('"').append(text.replace("\"", "\"\"")).append('"');
            }
        }
        data.append('\n');
        rows++;
        return this;
    }

    /** Writes the rows added and forgets them. */
    public long copyInto(Connection connection) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        try {
            if (rows == 1) {
                try (PreparedStatement statement = connection.prepareStatement(insert)) {
                    for (int i = 0; i < width; i++) {
                        // Untyped, as COPY reads it: the column's type parses the text.
                        statement.setObject(i + 1, first.get(i), Types.OTHER);
                    }
                    return statement.executeUpdate();
                }
            }
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("COPY into the database failed", e);
        } finally {
            data.setLength(0);
            first.clear();
            rows = 0;
        }
    }
}
