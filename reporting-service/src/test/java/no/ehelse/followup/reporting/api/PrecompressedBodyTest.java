package no.ehelse.followup.reporting.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.aayushatharva.brotli4j.decoder.Decoder;

class PrecompressedBodyTest {

    private static final byte[] DOCUMENT = "{\"goals\": [\"Helsepersonell skal ha tilgang på helseopplysninger\"]}"
            .repeat(50).getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest(name = "Accept-Encoding \"{0}\" gets {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "gzip, deflate, br | br",
            "gzip | gzip",
            "br | br",
            "gzip;q=1, br;q=0.5 | gzip",
            "br;q=0, gzip | gzip",
            "br;q=0, * | gzip",
            "* | br",
            "*;q=0 | none",
            "gzip;q=0 | none",
            "identity | none",
            "GZIP;Q=0.8 | gzip",
            "gzip;q=nonsense | none",
            "none | none" })
    void theClientsPreferredEncodingIsChosen(String acceptEncoding, String expected) throws IOException {
        PrecompressedBody.Encoded encoded = PrecompressedBody.of(DOCUMENT).negotiate(acceptEncoding);
        assertEquals(expected, encoded.contentEncoding());
        assertArrayEquals(DOCUMENT, decoded(encoded));
    }

    private static byte[] decoded(PrecompressedBody.Encoded encoded) throws IOException {
        if (encoded.contentEncoding() == null) {
            return encoded.bytes();
        }
        if (encoded.contentEncoding().equals("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(encoded.bytes()))) {
                return in.readAllBytes();
            }
        }
        assertEquals("br", encoded.contentEncoding());
        return Decoder.decompress(encoded.bytes()).getDecompressedData();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = { "none", "''" })
    void withoutAnAcceptableCodingTheBodyIsPlain(String acceptEncoding) {
        PrecompressedBody.Encoded encoded = PrecompressedBody.of(DOCUMENT).negotiate(acceptEncoding);
        assertNull(encoded.contentEncoding());
        assertArrayEquals(DOCUMENT, encoded.bytes());
    }
}
