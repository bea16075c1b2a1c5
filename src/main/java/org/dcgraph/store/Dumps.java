package org.dcgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dcgraph.pipeline.Progress;
import org.dcgraph.pipeline.StageClock;

/**
 * The whole graph as files for download: gzip-compressed N-Quads (named graphs kept) and Turtle (their union). The
 * dumps of one content live in a folder named by the store's generation ({@code dumps/GENERATION/}), which is moved
 * into place only once both files are whole: a folder of that name is the dumps of exactly that content, and the
 * server offers the folder of the generation it serves, or none. A write (a build, an ingest) makes its folder inside
 * its transaction, before the commit, so a new content is never visible without its dumps; the folders of older
 * generations go after the commit.
 */
public final class Dumps {
    public static final String NQUADS = "dcgraph.nq.gz";
    public static final String TURTLE = "dcgraph.ttl.gz";
    private static final String PARTIAL = ".partial";

    private Dumps() {}

    /** The folder the dumps of a store on disk go in, one sub-folder per generation. */
    public static Path folderOf(Store store) {
        return store.directory().resolve("dumps");
    }

    /** The folder holding the whole dumps of {@code generation}, if they were written. */
    public static Optional<Path> current(Path folder, String generation) {
        if (folder == null || generation == null) return Optional.empty();
        Path dumps = folder.resolve(generation);
        return Files.exists(dumps.resolve(NQUADS)) && Files.exists(dumps.resolve(TURTLE)) ? Optional.of(dumps) : Optional.empty();
    }

    /**
     * Writes the dumps of the store as it is, in a read transaction of its own, unless they were written already;
     * then removes those of other generations. For a store whose dumps were lost, or written by an earlier version.
     */
    public static synchronized void refresh(DatasetGraph dataset, Path folder, String generation, Progress progress) {
        if (current(folder, generation).isEmpty()) Txn.executeRead(dataset, () -> write(dataset, folder, generation, progress));
        keepOnly(folder, generation);
    }

    /**
     * Writes the dumps of {@code generation} from within the caller's transaction (the write that makes that
     * generation, before its commit), telling {@code progress} how long each took. One file after the other: the two
     * written at once took as long as one after the other (bench/RESULTS.md).
     */
    static synchronized void write(DatasetGraph dataset, Path folder, String generation, Progress progress) {
        Path partial = folder.resolve(generation + PARTIAL);
        try {
            deleteTree(partial);
            Files.createDirectories(partial);
            StageClock clock = new StageClock(progress);
            write(partial.resolve(NQUADS), out -> RDFDataMgr.write(out, dataset, RDFFormat.NQUADS));
            clock.done("dump " + NQUADS);
            // Turtle in blocks: streamed, where the pretty form would first analyse the whole graph.
            write(partial.resolve(TURTLE), out -> RDFDataMgr.write(out, dataset.getUnionGraph(), RDFFormat.TURTLE_BLOCKS));
            clock.done("dump " + TURTLE);
            Path whole = folder.resolve(generation);
            deleteTree(whole);
            Files.move(partial, whole, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps in " + folder, e);
        }
    }

    /**
     * The folder a bulk build writes the dumps of {@code generation} in as it goes, emptied; {@link #publish} moves it
     * into place once both files are whole.
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

    /** Writes the Turtle dump of the union graph beside the N-Quads one a bulk build streamed, from the new database. */
    static void writeTurtle(DatasetGraph dataset, Path partial) {
        writeFromDatabase(dataset, partial.resolve(TURTLE), "Turtle",
                out -> RDFDataMgr.write(out, dataset.getUnionGraph(), RDFFormat.TURTLE_BLOCKS));
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
