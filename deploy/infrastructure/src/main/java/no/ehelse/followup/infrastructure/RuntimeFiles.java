package no.ehelse.followup.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** What server-runtimes recorded at build time: the Kafka classpath and the Keycloak zip. */
final class RuntimeFiles {

    private RuntimeFiles() {
    }

    static String kafkaClasspath() {
        return read("kafka-runtime.classpath");
    }

    static Path keycloakDistribution() {
        return Path.of(read("keycloak-dist.path"));
    }

    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static String read(String resource) {
        try (InputStream in = RuntimeFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: build deploy/server-runtimes first (./mvnw install)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
