package no.ehelse.followup.indicator.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.ehelse.followup.platform.problem.ProblemException;

/**
 * An upload copied to a temporary file before any transaction opens, so that a slow client holds
 * neither locks nor a pool connection. The file is read twice: once to count its rows and collect
 * its indicators (the row limit, and the locks an all-or-nothing import takes up front in sorted
 * order), then to import it.
 *
 * @param charset the CSV file's charset; null for a JSON file
 */
record SpooledImport(Path file, Charset charset, ObjectMapper json) implements AutoCloseable {

    /** What the first reading found. */
    record Scan(long rows, Set<String> indicatorIds) {
    }

    /** Rows read from the spooled file; closing it closes the file. */
    interface Rows extends Iterator<ImportRow>, AutoCloseable {
        @Override
        void close();
    }

    /**
     * @throws ProblemException 413 naming {@code maxBytesName} when the body is larger than {@code maxBytes}
     */
    static SpooledImport spool(InputStream body, long maxBytes, String maxBytesName, Charset charset, ObjectMapper json) {
        Path file;
        try {
            file = Files.createTempFile("measurement-import-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException("No room to spool the import", e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = body.read(buffer)) >= 0;) {
                total += n;
                if (total > maxBytes) {
                    // Read the rest (the HTTP server's own body limit bounds it), so the client hears the 413.
                    body.transferTo(OutputStream.nullOutputStream());
                    throw tooLarge(maxBytes, maxBytesName);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("Receiving the import failed", (IOException) e);
        }
        return new SpooledImport(file, charset, json);
    }

    private static ProblemException tooLarge(long maxBytes, String maxBytesName) {
        return ProblemException.tooLarge("body", maxBytesName + "=" + maxBytes,
                "the file is larger than an import may be, " + maxBytes + " bytes");
    }

    /** Reads the rows once without writing: validates the file's framing, counts rows, collects indicators. */
    Scan scan(long maxRows, String maxRowsName) {
        Set<String> indicatorIds = new TreeSet<>();
        long count = 0;
        try (Rows rows = rows()) {
            while (rows.hasNext()) {
                ImportRow row = rows.next();
                if (++count > maxRows) {
                    throw ProblemException.tooLarge("body", maxRowsName + "=" + maxRows,
                            "the file has more rows than an import may have, " + maxRows);
                }
                if (row.indicatorId() != null) {
                    indicatorIds.add(row.indicatorId());
                }
            }
        }
        return new Scan(count, indicatorIds);
    }

    long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Rows rows() {
        try {
            InputStream in = Files.newInputStream(file);
            try {
                Iterator<ImportRow> rows = charset != null ? new CsvRows(new InputStreamReader(in, charset))
                        : new JsonRows(json, in);
                return new Rows() {
                    @Override
                    public boolean hasNext() {
                        return rows.hasNext();
                    }

                    @Override
                    public ImportRow next() {
                        return rows.next();
                    }

                    @Override
                    public void close() {
                        try {
                            in.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                };
            } catch (RuntimeException e) {
                in.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the spooled import failed", e);
        }
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
