package no.ehelse.followup.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a topic from the beginning, as an independent consumer would, so tests can assert what a
 * service really published.
 */
public final class EventProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

    private EventProbe(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    public static EventProbe fromBeginning(String bootstrapServers, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return new EventProbe(consumer);
    }

    /** Polls until an event matches, and returns it (parsed envelope). */
    public JsonNode await(Predicate<JsonNode> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode event : events()) {
                if (match.test(event)) {
                    return event;
                }
            }
            poll(Duration.ofMillis(200));
        }
        throw new AssertionError("No matching event on the topic within " + timeout + "; saw " + events());
    }

    /** Every record read so far, after polling for {@code wait}; records need not be JSON. */
    public List<ConsumerRecord<String, String>> drain(Duration wait) {
        poll(wait);
        return records();
    }

    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(records);
    }

    public List<JsonNode> events() {
        List<JsonNode> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(JSON.readTree(record.value()));
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON on the topic: " + record.value(), e);
            }
        }
        return events;
    }

    private void poll(Duration duration) {
        consumer.poll(duration).forEach(records::add);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
