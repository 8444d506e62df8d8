package no.ehelse.followup.reporting.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import no.ehelse.followup.events.Topics;

/**
 * Rebuilds the view from the topics alone: empties it, then replays the three topics from the
 * beginning up to their current end through the live consumer's own apply path, a poll at a time: it
 * waits out database failures rather than leave the view half rebuilt, and skips what it parks (a
 * record parked before stays parked once). The live consumer may go on
 * meanwhile: payloads are full states with per-aggregate versions, so the result does not depend on
 * the order in which the two apply events.
 */
@ApplicationScoped
public class ViewRebuild {

    private static final Logger LOG = Logger.getLogger(ViewRebuild.class);
    private static final List<String> TOPICS = List.of(Topics.INDICATOR_EVENTS, Topics.INITIATIVE_EVENTS,
            Topics.ROADMAP_EVENTS);

    @Schema(name = "RebuildResult")
    public record Result(
            @Schema(description = "Events applied to the emptied view (including stale versions, which change nothing)")
            long applied,
            @Schema(description = "Records whose event id had been applied already: re-sent duplicates") long duplicates,
            @Schema(description = "Records that cannot be applied, skipped again (parked)") long poison,
            long milliseconds) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Instance<Projector> projectors;

    @Inject
    EventConsumer consumer;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    public synchronized Result rebuild() {
        long start = System.nanoTime();
        List<String> tables = new ArrayList<>(List.of("processed_event", "aggregate_version", "partition_freshness"));
        projectors.forEach(projector -> tables.addAll(projector.tables()));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("truncate table " + String.join(", ", tables)).executeUpdate());

        long applied = 0;
        long duplicates = 0;
        long poison = 0;
        try (KafkaConsumer<String, String> replay = new KafkaConsumer<>(config())) {
            List<TopicPartition> partitions = TOPICS.stream()
                    .flatMap(topic -> replay.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .collect(Collectors.toList());
            replay.assign(partitions);
            replay.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = replay.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> replay.position(p) < end.get(p))) {
                List<ConsumerRecord<String, String>> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : replay.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        batch.add(record);
                    }
                }
                for (EventConsumer.Fate fate : consumer.applyAll(batch)) {
                    switch (fate) {
                        case DUPLICATE -> duplicates++;
                        case PARKED -> poison++;
                        default -> applied++;
                    }
                }
            }
        }
        Result result = new Result(applied, duplicates, poison, (System.nanoTime() - start) / 1_000_000);
        LOG.infof("View rebuilt from %d events (%d duplicates, %d poison records skipped) in %d ms", applied, duplicates,
                poison, result.milliseconds());
        return result;
    }

    private Properties config() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        return config;
    }
}
