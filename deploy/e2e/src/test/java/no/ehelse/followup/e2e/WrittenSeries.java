package no.ehelse.followup.e2e;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.response.Response;

/**
 * What the load benchmarks wrote, series by series (indicator, period, organisation): the value last written
 * and how often it was written, which is the revision the view must hold. Compared with what a reporting
 * service serves, page by page.
 */
final class WrittenSeries {

    /** What a reporting service serves against what was written. */
    record Comparison(long lost, long extra) {
        boolean differs() {
            return lost > 0 || extra > 0;
        }
    }

    private final Map<String, long[]> written = new ConcurrentHashMap<>();

    void remember(String indicator, String period, String organisation, long value) {
        written.compute(indicator + " " + period + " " + organisation,
                (key, last) -> last == null ? new long[] { value, 1 } : new long[] { value, last[1] + 1 });
    }

    int series() {
        return written.size();
    }

    long measurements() {
        return written.values().stream().mapToLong(w -> w[1]).sum();
    }

    long seriesOf(String indicator) {
        return written.keySet().stream().filter(key -> key.startsWith(indicator + " ")).count();
    }

    /**
     * The series of {@code indicators} that {@code reportingUrl} serves against what was written: missing or stale
     * (another value or revision), and extra (held twice, or never written).
     */
    Comparison compare(String reportingUrl, String token, List<String> indicators) {
        Map<String, long[]> expected = Map.copyOf(written);
        Map<String, long[]> seen = new HashMap<>();
        long extra = 0;
        for (String indicator : indicators) {
            for (int page = 0;; page++) {
                Response response = given().auth().oauth2(token).queryParam("page", page).queryParam("size", 500)
                        .when().get(reportingUrl + "/api/v1/status/indicators/" + indicator + "/measurements");
                if (response.statusCode() != 200) {
                    break;
                }
                List<Map<String, Object>> points = response.jsonPath().getList("points.measurement");
                for (Map<String, Object> point : points) {
                    String key = indicator + " " + point.get("period") + " " + point.get("reportedBy");
                    long[] value = { ((Number) point.get("value")).longValue(), ((Number) point.get("revision")).longValue() };
                    if (seen.put(key, value) != null) {
                        extra++;
                    }
                }
                if (points.size() < 500) {
                    break;
                }
            }
        }
        long lost = expected.entrySet().stream().filter(e -> {
            long[] view = seen.get(e.getKey());
            return view == null || view[0] != e.getValue()[0] || view[1] != e.getValue()[1];
        }).count();
        extra += seen.keySet().stream().filter(key -> !expected.containsKey(key)).count();
        return new Comparison(lost, extra);
    }
}
