package org.dcgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dcgraph.pipeline.InputFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SHA-256 of each file of a corpus folder, as the last build or check of the store read it, by the file's path,
 * size and modification time when it was listed: whether the store is up to date with its corpus is then told
 * without reading the files that did not change (each source file read once and hashed once in a build, issue 19).
 * A file whose size or time changed, or that the record does not name, is read and hashed again; a time kept while
 * the bytes changed (a copy that restores times, {@code touch -r}) is the one case this trusts wrongly, as {@code
 * rsync} and {@code make} do; {@code build --force} rebuilds whatever the record says. Kept in the store's folder
 * ({@value #FILE}, one line a file: digest, size, time in nanoseconds, path); a store in memory keeps none. The
 * record only caches what each file held: the fingerprint it serves is still compared with the store's own.
 */
final class CorpusDigests {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusDigests.class);
    static final String FILE = "corpus-digests.tsv";

    private record Known(long size, long modifiedNanos, String sha256) {}

    private final Path file;
    private final Map<String, Known> byPath;

    private CorpusDigests(Path file, Map<String, Known> byPath) {
        this.file = file;
        this.byPath = byPath;
    }

    /** The record kept in the store's folder; an empty one when there is none, or it cannot be read. */
    static CorpusDigests of(Store store) {
        if (store.directory() == null) return new CorpusDigests(null, Map.of());
        Path file = store.directory().resolve(FILE);
        Map<String, Known> known = new HashMap<>();
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", 4);
                    if (f.length == 4) known.put(f[3], new Known(Long.parseLong(f[1]), Long.parseLong(f[2]), f[0]));
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("{} cannot be read, every file is hashed again: {}", file, e.getMessage());
                known.clear();
            }
        }
        return new CorpusDigests(file, known);
    }

    /** A file's digest: the one recorded when the file is as it was then, else its bytes read and hashed now. */
    String digestOf(InputFile input) {
        if (input instanceof Corpus.OnDisk f) {
            Known k = byPath.get(f.path().toString());
            if (k != null && k.size() == f.size() && k.modifiedNanos() == f.modifiedNanos()) return k.sha256();
        }
        return Corpus.digestOf(input);
    }

    /**
     * Records the digests of the corpus folder's files that {@code digests} knows, replacing the record whole (written
     * aside, then renamed): what a later check reads without the files. None is written for a corpus of no folder
     * (the bundled one), and a record that cannot be written is only a slower check next time.
     */
    void save(List<? extends InputFile> files, Function<InputFile, String> digests) {
        if (file == null) return;
        StringBuilder lines = new StringBuilder();
        for (InputFile input : files) {
            if (!(input instanceof Corpus.OnDisk f) || f.path().toString().contains("\n")) continue;
            String sha256 = digests.apply(input);
            if (sha256 != null) lines.append(sha256).append('\t').append(f.size()).append('\t').append(f.modifiedNanos()).append('\t').append(f.path()).append('\n');
        }
        if (lines.isEmpty()) return;
        try {
            Path aside = file.resolveSibling(FILE + ".next");
            Files.writeString(aside, lines, StandardCharsets.UTF_8);
            Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("{} not written, the next check reads every file: {}", file, e.getMessage());
        }
    }
}
