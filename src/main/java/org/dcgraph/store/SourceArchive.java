package org.dcgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bytes of every source file in the store, by SHA-256, so that a document already in the store can be read
 * again when a new one changes its links (a resolution arriving for a draft whose text lost its symbol). Files are
 * named by their digest, so writing one twice is harmless, and one left over by an ingest that failed names no
 * document and is never read.
 */
public final class SourceArchive {
    private final Path folder;
    private final Map<String, byte[]> inMemory = new ConcurrentHashMap<>();

    private SourceArchive(Path folder) {
        this.folder = folder;
    }

    static SourceArchive onDisk(Path folder) {
        return new SourceArchive(folder);
    }

    static SourceArchive inMemory() {
        return new SourceArchive(null);
    }

    public void put(String sha256, byte[] bytes) {
        if (folder == null) {
            inMemory.put(sha256, bytes);
            return;
        }
        Path file = folder.resolve(sha256);
        if (Files.exists(file)) return;
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, sha256, ".part");
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            StoreFullException full = StoreFullException.of(e, folder.getParent());
            if (full != null) throw full;
            throw new UncheckedIOException("cannot keep source " + sha256 + " in " + folder, e);
        }
    }

    public Optional<byte[]> get(String sha256) {
        if (folder == null) return Optional.ofNullable(inMemory.get(sha256));
        Path file = folder.resolve(sha256);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read source " + sha256 + " from " + folder, e);
        }
    }
}
