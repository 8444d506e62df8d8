package no.ehelse.followup.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A child process with its output in a log file, stopped gracefully (SIGTERM, then SIGKILL after a
 * grace period) and never left behind when the launching JVM exits.
 */
public final class ManagedProcess implements AutoCloseable {

    private final String name;
    private final Path log;
    private final Process process;
    private final Thread reaper;

    private ManagedProcess(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
        this.reaper = new Thread(this::kill, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
            Path workingDirectory, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            return new ManagedProcess(name, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + command, e);
        }
    }

    /** Runs a command to completion (for example a storage format) and fails with its output. */
    public static void run(String name, List<String> command, Path workingDirectory, Path log, Duration timeout) {
        ManagedProcess process = start(name, command, Map.of(), workingDirectory, log);
        try {
            if (!process.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.close();
                throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + log);
            }
            if (process.process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed with exit code " + process.process.exitValue()
                        + ":\n" + process.tail(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + name, e);
        } finally {
            process.forget();
        }
    }

    /** Waits until {@code ready} holds, failing early if the process dies. */
    public void awaitReady(BooleanSupplier ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + ":\n" + tail(40));
            }
            if (ready.getAsBoolean()) {
                return;
            }
            Ports.sleep(Duration.ofMillis(250));
        }
        close();
        throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + tail(40));
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no output in " + log + ")";
        }
    }

    @Override
    public void close() {
        kill();
        forget();
    }

    /** SIGKILL, as when a machine or container dies: no shutdown hooks run in the process. */
    public void killAbruptly() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        forget();
    }

    private void forget() {
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private void kill() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
