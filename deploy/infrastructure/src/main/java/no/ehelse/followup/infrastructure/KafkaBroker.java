package no.ehelse.followup.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller), run from the
 * {@code org.apache.kafka:kafka_2.13} jars in a JVM of its own. It can be stopped and started
 * again on the same ports and data, to test what happens while the broker is away.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private ManagedProcess process;

    private KafkaBroker(Path directory, int port, int controllerPort) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * Formats storage in {@code directory} unless it already holds a formatted broker (then its
     * topics survive), and starts the broker.
     */
    public static KafkaBroker start(Path directory, int port, int controllerPort) {
        KafkaBroker broker = new KafkaBroker(directory.toAbsolutePath(), port, controllerPort);
        broker.prepare();
        broker.start();
        return broker;
    }

    /** A broker in a fresh directory on free ports: what tests use. */
    public static KafkaBroker startFresh(Path directory) {
        Directories.deleteRecursively(directory);
        return start(directory, Ports.free(), Ports.free());
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        Ports.requireFree(port, "Kafka");
        process = ManagedProcess.start("kafka", List.of(RuntimeFiles.javaExecutable().toString(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info",
                "-cp", RuntimeFiles.kafkaClasspath(), "kafka.Kafka", config().toString()),
                Map.of(), directory, directory.resolve("broker.log"));
        process.awaitReady(this::acceptsAdminRequests, STARTUP);
    }

    /** Stops the broker gracefully; its data stays for {@link #start()}. */
    public synchronized void stop() {
        if (process != null) {
            process.close();
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public void createTopics(Set<String> topics, int partitions) {
        try (Admin admin = admin()) {
            List<NewTopic> requested = topics.stream()
                    .map(name -> new NewTopic(name, partitions, (short) 1))
                    .collect(Collectors.toList());
            for (var result : admin.createTopics(requested).values().values()) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic", e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not create topics in time", e);
        }
    }

    private void prepare() {
        try {
            Files.createDirectories(directory);
            Path config = config();
            Files.writeString(config, properties());
            if (!Files.exists(directory.resolve("data").resolve("meta.properties"))) {
                // A stale meta.properties would make a new format fail: data is either ours or fresh.
                Directories.deleteRecursively(directory.resolve("data"));
                ManagedProcess.run("kafka-storage-format", List.of(RuntimeFiles.javaExecutable().toString(),
                        "-cp", RuntimeFiles.kafkaClasspath(), "kafka.tools.StorageTool", "format",
                        // "=" keeps an id that starts with "-" from reading as an option.
                        "--cluster-id=" + clusterId(), "--config", config.toString(), "--ignore-formatted"),
                        directory, directory.resolve("format.log"), Duration.ofSeconds(60));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Kafka in " + directory, e);
        }
    }

    private Path config() {
        return directory.resolve("server.properties");
    }

    private String properties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                // The reporting view is rebuilt by replaying the topics from the beginning: keep everything.
                "log.retention.ms=-1",
                // As large as the producers' max.request.size: a record they send is never refused here.
                "message.max.bytes=4194304",
                "") ;
    }

    private boolean acceptsAdminRequests() {
        if (!Ports.isOpen(port)) {
            return false;
        }
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return Admin.create(config);
    }

    /** Kafka's cluster id: a random UUID in URL-safe base64 without padding. */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }
}
