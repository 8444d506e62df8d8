package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import no.ehelse.followup.testsupport.Tokens;

/**
 * Imports 100,000 CSV rows through the API and prints throughput and the heap it took. The file is
 * generated as it is sent, so any growth of the heap with the file would be the service's.
 * Run with {@code ./mvnw verify -Dbenchmarks -pl indicator-service -am}.
 */
@QuarkusTest
@Tag("benchmark")
class ImportBenchmarkTest {

    private static final int ROWS = 100_000;

    @Test
    void import100000Rows() throws Exception {
        IndicatorApiTest.defineKjernejournal();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicLong peakAfterCollection = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                peakAfterCollection.accumulateAndGet(liveAfterLastCollection(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 1_800_000)))
                .auth().oauth2(Tokens.admin()).contentType("text/csv; charset=UTF-8").body(new GeneratedCsv(ROWS))
                .when().post("/api/v1/measurements/import")
                .then().statusCode(200)
                .body("imported", equalTo(ROWS))
                .body("rejected", equalTo(0));
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        System.out.printf("%nImportBenchmarkTest: %,d rows in %.1f s = %,.0f rows/s; heap used before %,d MB, peak %,d MB "
                + "(+%,d MB, garbage included), peak live after a collection %,d MB%n%n", ROWS, seconds, ROWS / seconds,
                before >> 20, peak.get() >> 20, (peak.get() - before) >> 20, peakAfterCollection.get() >> 20);
    }

    /** What the heap held after its last collection: the live data, without garbage not yet collected. */
    private static long liveAfterLastCollection() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null)
                .mapToLong(pool -> pool.getCollectionUsage().getUsed())
                .sum();
    }

    /** CSV rows made as they are read: two indicators, one row a day going back from 2000. */
    private static final class GeneratedCsv extends InputStream {

        private final int rows;
        private int row = -1;
        private byte[] line = "indicatorId,period,value,source\n".getBytes(StandardCharsets.UTF_8);
        private int position;

        GeneratedCsv(int rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            if (position == line.length) {
                if (row + 1 >= rows) {
                    return -1;
                }
                row++;
                String indicator = row % 2 == 0 ? "4.2.1" : "4.2";
                LocalDate day = LocalDate.of(2000, 1, 1).minusDays(row / 2);
                line = (indicator + "," + day + "," + (row % 357) + ",benchmark\n").getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return line[position++];
        }
    }
}
