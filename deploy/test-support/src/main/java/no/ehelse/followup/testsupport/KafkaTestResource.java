package no.ehelse.followup.testsupport;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import no.ehelse.followup.infrastructure.KafkaBroker;
import no.ehelse.followup.infrastructure.Suite;

/**
 * A real Kafka broker (KRaft, in a JVM of its own) for a service's tests, with the suite's topics.
 * Tests reach it through {@link #broker()}, for example to stop it during a write.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.startFresh(Path.of("target", "kafka").toAbsolutePath());
        broker.createTopics(Suite.TOPICS, 3);
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    public static KafkaBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("KafkaTestResource is not started for this test");
        }
        return broker;
    }
}
