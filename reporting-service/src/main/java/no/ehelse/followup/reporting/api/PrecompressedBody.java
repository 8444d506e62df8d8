package no.ehelse.followup.reporting.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * A status document's body written once and compressed once, in the encodings the server offers (br,
 * gzip), so a kept document costs a request no compression: at eight concurrent readers, compressing the
 * 160 KB overview for every response was most of its time.
 */
record PrecompressedBody(byte[] identity, byte[] gzip, byte[] brotli) {

    /** One encoded form: the bytes and the {@code Content-Encoding} they carry (null for identity). */
    record Encoded(byte[] bytes, String contentEncoding) {
    }

    /** Quality 5 of 11: within a few per cent of the best size here, at a small fraction of its time. */
    private static final int BROTLI_QUALITY = 5;

    static PrecompressedBody of(byte[] identity) {
        return new PrecompressedBody(identity, gzipped(identity), brotli(identity).orElse(null));
    }

    /**
     * The form the request's {@code Accept-Encoding} prefers by quality, br before gzip when they tie, else
     * the plain body.
     */
    Encoded negotiate(String acceptEncoding) {
        double br = brotli == null ? 0 : quality(acceptEncoding, "br");
        double gz = quality(acceptEncoding, "gzip");
        if (br > 0 && br >= gz) {
            return new Encoded(brotli, "br");
        }
        if (gz > 0) {
            return new Encoded(gzip, "gzip");
        }
        return new Encoded(identity, null);
    }

    /**
     * The quality the header gives the coding (RFC 9110 §12.5.3): its own entry's, else that of {@code *},
     * else 0; an entry without {@code q} has 1.
     */
    static double quality(String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return 0;
        }
        Double own = null;
        Double wildcard = null;
        for (String entry : acceptEncoding.split(",")) {
            String[] parts = entry.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (name.equals(coding)) {
                own = quality;
            } else if (name.equals("*")) {
                wildcard = quality;
            }
        }
        return own != null ? own : wildcard != null ? wildcard : 0;
    }

    private static byte[] gzipped(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 8));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Empty where the native Brotli library is not available on this platform; gzip is offered then. */
    private static Optional<byte[]> brotli(byte[] body) {
        if (!Brotli4jLoader.isAvailable()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Encoder.compress(body, new Encoder.Parameters().setQuality(BROTLI_QUALITY)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
