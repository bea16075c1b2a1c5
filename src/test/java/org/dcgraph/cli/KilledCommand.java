package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A dcgraph command run in a JVM of its own, so that a test can kill it with SIGKILL (what a crash, the kernel's
 * out-of-memory killer or {@code kill -9} does: no shutdown hook, no closing of the store) at a moment it watches for.
 */
final class KilledCommand implements AutoCloseable {
    /** The exit status of a process ended by SIGKILL (128 + 9): proof that the kill, not the command, ended it. */
    static final int KILLED = 137;
    private static final long PATIENCE_NANOS = TimeUnit.MINUTES.toNanos(5);

    private final Process process;
    private final Path log;

    private KilledCommand(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code dcgraph ARGUMENTS...}; its standard output and error go to {@code log}. */
    static KilledCommand start(Path log, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(arguments);
        return new KilledCommand(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
    }

    /** What the command printed so far. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the command printed a line starting with {@code prefix}. */
    boolean printed(String prefix) {
        return output().lines().anyMatch(l -> l.startsWith(prefix));
    }

    /** Waits (polling every few milliseconds) until {@code moment} holds while the command still runs. */
    void await(String moment, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (!condition.getAsBoolean()) {
            assertTrue(process.isAlive(), "the command ended before " + moment + ":\n" + output());
            assertTrue(System.nanoTime() < deadline, "no " + moment + " within 5 minutes:\n" + output());
            Thread.sleep(5);
        }
    }

    /**
     * Kills the command with SIGKILL as soon as {@code moment} holds, and checks that the kill ended it (the
     * command had not finished on its own).
     */
    void killWhen(String moment, BooleanSupplier condition) throws InterruptedException {
        await(moment, condition);
        process.destroyForcibly();
        assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the killed command did not end");
        assertEquals(KILLED, process.exitValue(), "the command ended on its own before the kill " + moment + ":\n" + output());
    }

    /** Waits for the command to end on its own, and gives its exit status. */
    int exitStatus() throws InterruptedException {
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the command did not end within 5 minutes:\n" + output());
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(1, TimeUnit.MINUTES);
        }
    }
}
