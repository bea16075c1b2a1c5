package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dcgraph.Fixtures;

/** Stores on disk for the kill tests: built as the command line builds them, and watched from outside to time a kill. */
final class StoreFiles {
    private StoreFiles() {}

    /** Builds {@code store} from the corpus folder {@code corpus}, as the command line does. */
    static void build(Path corpus, Path store) {
        assertEquals(0, Main.run(List.of("build", "--corpus", corpus.toString(), "--store", store.toString()),
                new PrintStream(OutputStream.nullOutputStream()), System.err));
    }

    /** Makes {@code corpus} a folder of one document, A/RES/78/311 in Arabic, and builds {@code store} from it. */
    static void buildFromOneDocument(Path corpus, Path store) throws IOException {
        Files.createDirectories(corpus);
        Files.write(corpus.resolve("a.txt"), Fixtures.bytes(Fixtures.RES_78_311_AR));
        build(corpus, store);
    }

    /** The sizes of the store's database and index files (its kept sources and dumps aside). */
    static Map<Path, Long> sizes(Path store) {
        Map<Path, Long> sizes = new HashMap<>();
        try (Stream<Path> files = Files.walk(store)) {
            files.filter(Files::isRegularFile).filter(f -> !f.startsWith(store.resolve("sources")) && !f.startsWith(store.resolve("dumps")))
                    .forEach(f -> sizes.put(f, size(f)));
        } catch (IOException | UncheckedIOException e) {
            // a file went away while listed: the store is being written
            return Map.of();
        }
        return sizes;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The disk space TDB2's files take, in bytes: their blocks, not their lengths, which count the holes TDB2 leaves
     * in files it maps in 8 MB steps.
     */
    static long databaseBytes(Path store) {
        try {
            Process du = new ProcessBuilder("du", "-s", "-B1", "--exclude=sources", "--exclude=dumps", "--exclude=search-index", store.toString())
                    .redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, du.waitFor(), out);
            return Long.parseLong(out.split("\\s+")[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether TDB2 is committing a write: its journal holds the commit record until the data files have it. */
    static boolean committing(Path store) {
        try (Stream<Path> files = Files.walk(store)) {
            return files.anyMatch(f -> f.getFileName().toString().equals("journal.jrnl") && size(f) > 0);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * The folder of the database a store serves: the one its file {@code current} names (a bulk build's), or the
     * store's folder itself (a store built in one transaction, or before bulk builds).
     */
    static Path database(Path store) throws IOException {
        Path current = store.resolve("current");
        return Files.exists(current) ? store.resolve(Files.readString(current).strip()) : store;
    }

    /**
     * Copies a store's folder keeping TDB2's files sparse, as TDB2 wrote them: a plain copy fills the holes of the
     * files it maps in 8 MB steps, and a store of one document took 200 MB instead of 4.
     */
    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        Process cp = new ProcessBuilder("cp", "-a", "--sparse=always", from + "/.", to.toString()).redirectErrorStream(true).start();
        String out = new String(cp.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            assertEquals(0, cp.waitFor(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
