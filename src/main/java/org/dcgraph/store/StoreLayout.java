package org.dcgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * Where, in a store's folder, the database being served lives. A bulk build writes a whole new database (TDB2 and its
 * search index) in a folder of its own beside the one served, {@code db-GENERATION}; the file {@code current} names
 * the database served, and is replaced by an atomic rename once the new one is complete. That rename is the build's
 * commit: a build killed before it leaves {@code current} naming the previous database, untouched, and its own folder
 * is removed at the next opening; killed after it, the new database is served and the previous one removed. A store
 * without {@code current} (written by a transactional build, or by a version before bulk builds) keeps its database
 * in the store's folder itself, as it always did. The kept sources and the dumps stay in the store's folder, shared
 * by every database: sources are named by their digest and dumps by their generation. See docs/bulk-build.md.
 */
final class StoreLayout {
    /** The file naming the database served. */
    static final String CURRENT = "current";
    private static final String DATABASE_PREFIX = "db-";

    private StoreLayout() {}

    /** The folder of the database served: the one {@code current} names, or the store's folder itself. */
    static Path database(Path store) {
        Path pointer = store.resolve(CURRENT);
        if (!Files.exists(pointer)) return store;
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (!name.startsWith(DATABASE_PREFIX) || name.contains("/") || !Files.isDirectory(store.resolve(name)))
                throw new IllegalStateException(pointer + " names no database of this store: '" + name + "'");
            return store.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer, e);
        }
    }

    /** The folder a bulk build writes its database of {@code generation} in. */
    static Path fresh(Path store, String generation) {
        return store.resolve(DATABASE_PREFIX + generation);
    }

    /**
     * Makes {@code database} the one served: {@code current} is written aside, forced to the disk and renamed over the
     * old one, so that a reader finds the old name or the new, whole.
     */
    static void switchTo(Path store, Path database) {
        Path pointer = store.resolve(CURRENT);
        Path aside = store.resolve(CURRENT + ".next");
        try {
            Files.writeString(aside, database.getFileName() + "\n", StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(aside, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot switch " + store + " to " + database.getFileName(), e);
        }
    }

    /**
     * Removes every database of the store but the one served: those of builds killed before their switch, the one a
     * switch replaced, and, once a bulk build has been switched to, the database kept in the store's folder itself.
     */
    static void removeUnused(Path store) {
        Path served = database(store).toAbsolutePath().normalize();
        try (Stream<Path> entries = Files.list(store)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                boolean database = name.startsWith(DATABASE_PREFIX) && Files.isDirectory(entry);
                boolean inFolderItself = !served.equals(store.toAbsolutePath().normalize())
                        && (name.matches("Data-\\d+(-tmp)?") || name.equals(Store.SEARCH_INDEX_FOLDER) || name.equals("tdb.lock"));
                if (database && !entry.toAbsolutePath().normalize().equals(served) || inFolderItself) Dumps.deleteTree(entry);
            }
            Files.deleteIfExists(store.resolve(CURRENT + ".next"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the unused databases of " + store, e);
        }
    }
}
