package org.dcgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dcgraph.pipeline.Progress;
import org.dcgraph.pipeline.StageClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole graph as files for download: gzip-compressed N-Quads (named graphs kept) and Turtle (their union). The
 * dumps of one content live in a folder named by the store's generation ({@code dumps/GENERATION/}), which is moved
 * into place once its N-Quads dump is whole: a folder of that name is the dumps of exactly that content, and the
 * server offers the folder of the generation it serves, or none. A write (a build, an ingest) makes its folder inside
 * its transaction, before the commit, so a new content is never visible without its N-Quads dump; the folders of
 * older generations go after the commit. The N-Quads dump is the one a build streams as it loads (issue 19); the
 * Turtle dump follows from the content and is written the first time someone asks for it ({@link #turtle}), into
 * the folder of its generation, so that it goes with it.
 */
public final class Dumps {
    private static final Logger LOG = LoggerFactory.getLogger(Dumps.class);
    public static final String NQUADS = "dcgraph.nq.gz";
    public static final String TURTLE = "dcgraph.ttl.gz";
    private static final String PARTIAL = ".partial";
    /** The Turtle dumps being written, by file: one writer a file, and whoever asks for it meanwhile waits for that one. */
    private static final Map<Path, CompletableFuture<Path>> TURTLE_WRITERS = new ConcurrentHashMap<>();

    private Dumps() {}

    /** The folder the dumps of a store on disk go in, one sub-folder per generation. */
    public static Path folderOf(Store store) {
        return store.directory().resolve("dumps");
    }

    /**
     * The folder holding the dumps of {@code generation}, if they were written: its N-Quads dump, whole; its Turtle
     * dump once asked for ({@link #turtle}).
     */
    public static Optional<Path> current(Path folder, String generation) {
        if (folder == null || generation == null) return Optional.empty();
        Path dumps = folder.resolve(generation);
        return Files.exists(dumps.resolve(NQUADS)) ? Optional.of(dumps) : Optional.empty();
    }

    /**
     * Writes the N-Quads dump of the store as it is, in a read transaction of its own, unless it was written already;
     * then removes the dumps of other generations. For a store whose dumps were lost, or written by an earlier version.
     */
    public static synchronized void refresh(DatasetGraph dataset, Path folder, String generation, Progress progress) {
        if (current(folder, generation).isEmpty()) Txn.executeRead(dataset, () -> write(dataset, folder, generation, progress));
        keepOnly(folder, generation);
    }

    /**
     * Writes the N-Quads dump of {@code generation} from within the caller's transaction (the write that makes that
     * generation, before its commit), telling {@code progress} how long it took.
     */
    static synchronized void write(DatasetGraph dataset, Path folder, String generation, Progress progress) {
        Path partial = partial(folder, generation);
        try {
            StageClock clock = new StageClock(progress);
            write(partial.resolve(NQUADS), out -> RDFDataMgr.write(out, dataset, RDFFormat.NQUADS));
            clock.done("dump " + NQUADS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps in " + folder, e);
        }
        publish(folder, generation);
    }

    /**
     * The folder a write puts the N-Quads dump of {@code generation} in (a bulk build as it goes), emptied;
     * {@link #publish} moves it into place once the file is whole.
     */
    static Path partial(Path folder, String generation) {
        Path partial = folder.resolve(generation + PARTIAL);
        try {
            deleteTree(partial);
            Files.createDirectories(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the dumps folder " + partial, e);
        }
        return partial;
    }

    /** Writes the N-Quads dump of a new database again, from the database: for a build whose stream repeated quads. */
    static void writeNQuads(DatasetGraph dataset, Path partial) {
        writeFromDatabase(dataset, partial.resolve(NQUADS), "N-Quads", out -> RDFDataMgr.write(out, dataset, RDFFormat.NQUADS));
    }

    /**
     * The Turtle dump of {@code generation}, of the union graph of {@code dataset}: the file, once written. The first
     * request starts its one writer, on a thread of its own, and those that come while it writes get the same
     * future: the file appears whole, by a rename, or not at all. Completes with {@link ContentChanged} when the
     * dataset holds another generation by then (its dumps folder gone, or going), with an {@link UncheckedIOException}
     * when it cannot be written (a read-only copy, a full disk); a later request tries again.
     */
    public static CompletableFuture<Path> turtle(DatasetGraph dataset, Path folder, String generation) {
        Optional<Path> dumps = current(folder, generation);
        if (dumps.isEmpty()) return CompletableFuture.failedFuture(new ContentChanged(generation));
        Path target = dumps.get().resolve(TURTLE);
        if (Files.exists(target)) return CompletableFuture.completedFuture(target);
        CompletableFuture<Path> mine = new CompletableFuture<>();
        CompletableFuture<Path> running = TURTLE_WRITERS.putIfAbsent(target, mine);
        if (running != null) return running;
        if (Files.exists(target)) { // a writer finished between the look above and now
            TURTLE_WRITERS.remove(target, mine);
            mine.complete(target);
            return mine;
        }
        Thread writer = new Thread(() -> {
            try {
                mine.complete(writeTurtle(dataset, generation, target));
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
            } finally {
                TURTLE_WRITERS.remove(target, mine);
            }
        }, "turtle-dump-" + generation);
        writer.setDaemon(true);
        writer.start();
        return mine;
    }

    /** The dataset holds another generation than the one whose dump was asked for. */
    public static final class ContentChanged extends RuntimeException {
        ContentChanged(String generation) {
            super("the content of generation " + generation + " is no longer the one served");
        }
    }

    /**
     * Writes the Turtle dump beside its N-Quads one, in blocks (streamed, where the pretty form would first analyse
     * the whole graph), to a file of its own renamed into place when whole; a file a killed writer left goes at the
     * store's next opening ({@link #removeUnfinished}).
     */
    private static Path writeTurtle(DatasetGraph dataset, String generation, Path target) {
        Path partial = target.resolveSibling(TURTLE + "." + UUID.randomUUID() + PARTIAL);
        try {
            Txn.executeRead(dataset, () -> {
                if (!generation.equals(Store.generationOf(dataset))) throw new ContentChanged(generation);
                try {
                    write(partial, out -> RDFDataMgr.write(out, dataset.getUnionGraph(), RDFFormat.TURTLE_BLOCKS));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (NoSuchFileException e) {
            // The folder of the generation was removed while the dump was written: a newer content was committed.
            throw new ContentChanged(generation);
        } catch (IOException | UncheckedIOException e) {
            if (!Files.isDirectory(target.getParent())) throw new ContentChanged(generation);
            throw new UncheckedIOException("cannot write the Turtle dump in " + target.getParent(),
                    e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                LOG.warn("could not remove {}: {}", partial, e.getMessage());
            }
        }
    }

    /**
     * Removes the files a Turtle writer killed halfway left in the folder of {@code generation}. At a store's opening
     * only, when no writer of this process can be at work.
     */
    static void removeUnfinished(Path folder, String generation) {
        if (folder == null || generation == null || !Files.isDirectory(folder.resolve(generation))) return;
        try (Stream<Path> entries = Files.list(folder.resolve(generation))) {
            for (Path entry : entries.toList()) {
                if (entry.getFileName().toString().endsWith(PARTIAL)) Files.delete(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove an unfinished dump in " + folder.resolve(generation), e);
        }
    }

    /** Writes one dump inside a read transaction of the database, naming the dump and its folder if it fails. */
    private static void writeFromDatabase(DatasetGraph dataset, Path target, String format, Writing writing) {
        try {
            Txn.executeRead(dataset, () -> {
                try {
                    write(target, writing);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write the " + format + " dump in " + target.getParent(), e.getCause());
        }
    }

    /** Moves the dumps of {@code generation}, whole, from the folder {@link #partial} gave to their place. */
    static void publish(Path folder, String generation) {
        try {
            Path whole = folder.resolve(generation);
            deleteTree(whole);
            Files.move(folder.resolve(generation + PARTIAL), whole, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the dumps in place in " + folder, e);
        }
    }

    /**
     * Removes everything in the folder but the dumps of {@code generation}: older generations, dumps a killed write
     * left half-written or made for a content it never committed, and the files of the earlier single-folder layout.
     */
    static synchronized void keepOnly(Path folder, String generation) {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals(generation)) deleteTree(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the stale dumps in " + folder, e);
        }
    }

    /** Deletes a file or a folder with everything in it; nothing when it is not there. */
    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try (Stream<Path> files = Files.walk(path)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void write(Path target, Writing writing) throws IOException {
        try (OutputStream out = gzipTo(target)) {
            writing.to(out);
        }
    }

    /** A new file compressed as the dumps are. */
    static OutputStream gzipTo(Path target) throws IOException {
        return new FastGzip(Files.newOutputStream(target));
    }

    /**
     * Gzip at its fastest level rather than the default (6): the dumps are written again after every write to the
     * store, and level 1 takes less time for files about 30 % larger (bench/DumpTimes.java; figures in bench/RESULTS.md).
     */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
