package org.dcgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * The whole graph as files for download: gzip-compressed N-Quads (named graphs kept) and Turtle (their union). They
 * are rewritten whenever the store's generation changes, which every write (a build or an ingest) renews.
 */
public final class Dumps {
    public static final String NQUADS = "dcgraph.nq.gz";
    public static final String TURTLE = "dcgraph.ttl.gz";
    private static final String GENERATION = "generation";
    private static final String PARTIAL = ".partial";

    private Dumps() {}

    /** The folder the dumps of a store on disk go in. */
    public static Path folderOf(Store store) {
        return store.directory().resolve("dumps");
    }

    /**
     * Removes what a dump killed before its end left beside the dumps: half a file, which nothing would replace
     * while the dumps are up to date. Only at a store's opening, when no dump can be being written: TDB2 lets one
     * process at a time open a store.
     */
    static synchronized void removeUnfinished(Path folder) {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(PARTIAL)).toList()) Files.delete(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the unfinished dumps in " + folder, e);
        }
    }

    /**
     * Writes the dumps unless the folder already holds those of the same generation, telling {@code progress} how
     * long each took. One at a time, and one file after the other: two writes refreshing at once would share the
     * files being written, and the two files written at once took as long as one after the other (bench/RESULTS.md).
     */
    public static synchronized void refresh(DatasetGraph dataset, Path folder, String generation, Progress progress) {
        try {
            Path recorded = folder.resolve(GENERATION);
            if (Files.exists(recorded) && Files.readString(recorded, StandardCharsets.UTF_8).equals(generation)
                && Files.exists(folder.resolve(NQUADS)) && Files.exists(folder.resolve(TURTLE)))
                return;
            Files.createDirectories(folder);
            Txn.executeRead(dataset, () -> {
                StageClock clock = new StageClock(progress);
                write(folder.resolve(NQUADS), out -> RDFDataMgr.write(out, dataset, RDFFormat.NQUADS));
                clock.done("dump " + NQUADS);
                // Turtle in blocks: streamed, where the pretty form would first analyse the whole graph.
                write(folder.resolve(TURTLE), out -> RDFDataMgr.write(out, dataset.getUnionGraph(), RDFFormat.TURTLE_BLOCKS));
                clock.done("dump " + TURTLE);
            });
            Files.writeString(recorded, generation, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps in " + folder, e);
        }
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes beside the target and moves into place, so a reader never downloads half a file. */
    private static void write(Path target, Writing writing) {
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        try {
            try (OutputStream out = new FastGzip(Files.newOutputStream(partial))) {
                writing.to(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
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
