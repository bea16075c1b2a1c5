package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dcgraph.Fixtures;
import org.dcgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed while it runs (kill -9, as a crash or an impatient operator does) leaves the store as it was:
 * the command runs in a child JVM, which is killed once it has read every file and is linking and writing them.
 */
class KilledIngestIT {
    private static final List<String> FILES = List.of(Fixtures.RES_78_311_EN, Fixtures.RES_78_311_FR, Fixtures.RES_78_311_ES,
            Fixtures.RES_78_132_EN, "corpus-extra/res-78-105-en.txt", "corpus-extra/res-78-148-en.txt",
            "corpus-extra/res-78-247-en.txt", "corpus-extra/res-78-248-en.txt", Fixtures.DRAFT_L86_EN);

    @TempDir
    Path dir;

    private String documents(Path store, Path corpus) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(List.of("query", "documents", "--store", store.toString(), "--corpus", corpus.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void storeOpensWithItsPreviousContentAfterAnIngestIsKilled() throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Path store = dir.resolve("store");
        Files.write(corpus.resolve("a.txt"), Fixtures.bytes(Fixtures.RES_78_311_AR));
        assertEquals(0, Main.run(List.of("build", "--corpus", corpus.toString(), "--store", store.toString()),
                new PrintStream(java.io.OutputStream.nullOutputStream()), System.err));
        String before = documents(store, corpus);
        long quadsBefore;
        try (Store s = Store.open(store)) {
            quadsBefore = s.quadCount();
        }

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest"));
        for (String f : FILES) command.add(Files.write(dir.resolve(Path.of(f).getFileName()), Fixtures.bytes(f)).toString());
        command.addAll(List.of("--store", store.toString(), "--corpus", corpus.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("ingest: " + FILES.size() + "/" + FILES.size() + " files")) {
                // the progress log says when every file has been read
            }
            assertTrue(child.isAlive(), "the ingest ended before it could be killed");
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

        try (Store s = Store.open(store)) {
            assertEquals(quadsBefore, s.quadCount());
        }
        assertEquals(before, documents(store, corpus));
    }
}
