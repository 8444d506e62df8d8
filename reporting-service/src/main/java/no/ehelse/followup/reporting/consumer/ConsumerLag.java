package no.ehelse.followup.reporting.consumer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import no.ehelse.followup.events.Topics;

/**
 * How far the view is behind each source topic: the records after the consumer group's committed
 * offsets. Sampled in the background through one long-lived admin client
 * ({@code followup.consumer.lag-interval}), so reading the view never waits on the broker; a broker
 * that does not answer in time gives no figure until it does. Also the gauge {@code reporting.consumer.lag}.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final List<String> TOPICS = List.of(Topics.INDICATOR_EVENTS, Topics.INITIATIVE_EVENTS,
            Topics.ROADMAP_EVENTS);
    private static final int TIMEOUT_MS = 3000;

    private Admin admin;
    private volatile Map<String, Long> last = Map.of();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.connector.smallrye-kafka.group.id")
    String groupId;

    @Inject
    MeterRegistry metrics;

    @PostConstruct
    void gauges() {
        TOPICS.forEach(topic -> Gauge.builder("reporting.consumer.lag", this, lag -> {
            Long records = lag.last.get(topic);
            return records == null ? Double.NaN : records;
        }).tag("topic", topic).description("Records of the topic not yet consumed by the view").register(metrics));
    }

    /** @return records not yet consumed, by topic, as last sampled; empty while the broker cannot be asked */
    public Map<String, Long> perTopic() {
        return last;
    }

    @Scheduled(every = "${followup.consumer.lag-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sample() {
        last = ask();
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }

    private Map<String, Long> ask() {
        if (admin == null) {
            Properties config = new Properties();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            admin = Admin.create(config);
        }
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            List<TopicPartition> partitions = admin.describeTopics(TOPICS).allTopicNames()
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS).values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .toList();
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                    .all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
            Map<String, Long> lag = new HashMap<>();
            ends.forEach((partition, end) -> {
                OffsetAndMetadata offset = committed.get(partition);
                lag.merge(partition.topic(), end - (offset == null ? 0 : offset.offset()), Long::sum);
            });
            return Map.copyOf(lag);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (Exception e) {
            // A topic not created yet, or the broker away: the view still answers, without lag.
            LOG.debugf("Consumer lag unavailable: %s", e.getMessage());
            return Map.of();
        }
    }
}
