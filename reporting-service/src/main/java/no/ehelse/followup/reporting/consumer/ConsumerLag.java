package no.ehelse.followup.reporting.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import no.ehelse.followup.events.Topics;

/**
 * How far the view is behind each source topic: the records after the consumer group's committed
 * offsets. Asked of the broker through one long-lived admin client, at most every few seconds however
 * many dashboards read the view; a broker that does not answer in time gives no figure rather than
 * holding up the status view.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final List<String> TOPICS = List.of(Topics.INDICATOR_EVENTS, Topics.INITIATIVE_EVENTS,
            Topics.ROADMAP_EVENTS);
    private static final int TIMEOUT_MS = 3000;
    private static final Duration MAX_AGE = Duration.ofSeconds(5);

    private record Answer(Instant askedAt, Map<String, Long> lag) {
    }

    private Admin admin;
    private Answer last;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.connector.smallrye-kafka.group.id")
    String groupId;

    /** @return records not yet consumed, by topic, at most a few seconds old; empty when the broker cannot be asked */
    public synchronized Map<String, Long> perTopic() {
        Instant now = Instant.now();
        if (last == null || last.askedAt().plus(MAX_AGE).isBefore(now)) {
            last = new Answer(now, ask());
        }
        return last.lag();
    }

    @PreDestroy
    synchronized void close() {
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
