package no.ehelse.followup.reporting;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The benchmarks' one boot: the service as deployed rather than as the tests slow it down (no statement
 * statistics, a rebuild replaying full batches without the pause RebuildTest needs to read it mid-way).
 */
public class BenchmarkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.hibernate-orm.statistics", "false",
                "followup.rebuild.batch-size", "2000",
                "followup.rebuild.pause", "0ms");
    }
}
