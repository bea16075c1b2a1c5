package org.dcgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The whole graph as files for download, written when the store is built: gzip-compressed N-Quads (named graphs
 * kept) and Turtle (their union). They are rewritten only when the store's fingerprint changes.
 */
public final class Dumps {
    public static final String NQUADS = "dcgraph.nq.gz";
    public static final String TURTLE = "dcgraph.ttl.gz";
    private static final String FINGERPRINT = "fingerprint";

    private Dumps() {}

    /** The folder the dumps of a store on disk go in. */
    public static Path folderOf(Store store) {
        return store.directory().resolve("dumps");
    }

    /** Writes the dumps unless the folder already holds those of the same fingerprint. */
    public static void refresh(DatasetGraph dataset, Path folder, String fingerprint) {
        try {
            Path recorded = folder.resolve(FINGERPRINT);
            if (Files.exists(recorded) && Files.readString(recorded, StandardCharsets.UTF_8).equals(fingerprint)
                && Files.exists(folder.resolve(NQUADS)) && Files.exists(folder.resolve(TURTLE)))
                return;
            Files.createDirectories(folder);
            Txn.executeRead(dataset, () -> {
                write(folder.resolve(NQUADS), out -> RDFDataMgr.write(out, dataset, RDFFormat.NQUADS));
                // Turtle in blocks: streamed, where the pretty form would first analyse the whole graph.
                write(folder.resolve(TURTLE), out -> RDFDataMgr.write(out, dataset.getUnionGraph(), RDFFormat.TURTLE_BLOCKS));
            });
            Files.writeString(recorded, fingerprint, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps in " + folder, e);
        }
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes beside the target and moves into place, so a reader never downloads half a file. */
    private static void write(Path target, Writing writing) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                writing.to(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
