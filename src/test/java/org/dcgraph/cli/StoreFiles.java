package org.dcgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** A store's folder seen from outside, to time a kill by what a running command writes there. */
final class StoreFiles {
    private StoreFiles() {}

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

    /** Whether TDB2 is committing a write: its journal holds the commit record until the data files have it. */
    static boolean committing(Path store) {
        try (Stream<Path> files = Files.walk(store)) {
            return files.anyMatch(f -> f.getFileName().toString().equals("journal.jrnl") && size(f) > 0);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
