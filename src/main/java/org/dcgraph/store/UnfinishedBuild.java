package org.dcgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.dcgraph.rdf.DCG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frees what a build leaves beside the content it commits. TDB2 writes a new content into fresh blocks and never
 * reuses those of the content it replaced, nor those a killed write had filled; the build keeps its sources before
 * its commit. A build of 43 files killed before its commit left a one-document store's database at 6 times its size
 * (3.8 to 24 MB) and 42 sources of documents it never held. A marker file stands in the store's folder from before
 * the build's transaction until the space is freed, so a store found with it is cleaned at its next opening: TDB2's
 * files are compacted to the committed content, and the sources no document names are removed.
 */
final class UnfinishedBuild {
    private static final Logger LOG = LoggerFactory.getLogger(UnfinishedBuild.class);
    /** The marker: a build began writing and has not freed its space yet. */
    static final String MARKER = "build.unfinished";

    private UnfinishedBuild() {}

    /** The marker's first line when the build writes a new database beside the one served (see {@link StoreLayout}). */
    private static final String BESIDE = "beside";

    static void begin(Store store) {
        begin(store, "in place");
    }

    /**
     * A build that writes its database beside the one served leaves that one untouched: only its sources and its
     * database folder (removed by {@link StoreLayout#removeUnused}) are left over, and no compaction is needed.
     */
    static void beginBeside(Store store) {
        begin(store, BESIDE);
    }

    private static void begin(Store store, String how) {
        if (store.directory() == null) return;
        try {
            Files.writeString(store.directory().resolve(MARKER), how + "\na build began writing this store; its space is freed at the next opening if it did not finish\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + MARKER + " in " + store.directory(), e);
        }
    }

    /** Compacts the store and removes unnamed sources, when a build began here and did not free its space. */
    static void cleanUp(Store store) {
        Path folder = store.directory();
        if (folder == null || !Files.exists(folder.resolve(MARKER))) return;
        LOG.info("freeing the space of a build in {}", folder);
        try {
            if (Files.readString(folder.resolve(MARKER)).startsWith(BESIDE)) {
                removeUnnamedSources(store, folder.resolve(Store.SOURCES_FOLDER));
                Files.delete(folder.resolve(MARKER));
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot free the space of a build in " + folder, e);
        }
        DatasetGraphSwitchable tdb = (DatasetGraphSwitchable) store.storage();
        try {
            DatabaseMgr.compact(tdb, true);
        } catch (RuntimeException | Error e) {
            StoreFullException full = StoreFullException.of(e, folder);
            if (full == null) throw e;
            // Compacting copies the content: on a full disk the store is opened as it is, and compacted next time.
            LOG.warn("the space of a build in {} is not freed: {}", folder, full.getMessage());
            removeCompactionLeftovers(folder);
            return;
        }
        TDBInternal.getDatasetGraphTDB(tdb).getContext().set(TDB2.symUnionDefaultGraph, true);
        try {
            removeOlderStorage(TDBInternal.getDatasetGraphTDB(tdb).getLocation().getDirectoryPath());
            removeUnnamedSources(store, folder.resolve(Store.SOURCES_FOLDER));
            Files.delete(folder.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot free the space of a build in " + folder, e);
        }
    }

    /** The copy a compaction stopped by a full disk left ({@code Data-NNNN-tmp}), which TDB2 removes only at its next start. */
    private static void removeCompactionLeftovers(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                if (entry.getFileName().toString().matches("Data-\\d+-tmp")) Dumps.deleteTree(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove a compaction's copy in " + folder, e);
        }
    }

    /** TDB2's earlier {@code Data-NNNN} folders: compaction deletes the one it replaced, not one a kill left before. */
    private static void removeOlderStorage(String current) throws IOException {
        Path inUse = Path.of(current).toAbsolutePath().normalize();
        Path folder = inUse.getParent();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                if (Files.isDirectory(entry) && entry.getFileName().toString().matches("Data-\\d+")
                        && !entry.toAbsolutePath().normalize().equals(inUse)) Dumps.deleteTree(entry);
            }
        }
    }

    private static void removeUnnamedSources(Store store, Path sources) throws IOException {
        if (!Files.isDirectory(sources)) return;
        Set<String> named = new HashSet<>();
        Txn.executeRead(store.dataset(), () -> store.dataset().find(Node.ANY, Node.ANY, DCG.sourceSha256.asNode(), Node.ANY)
                .forEachRemaining(q -> named.add(q.getObject().getLiteralLexicalForm())));
        try (Stream<Path> files = Files.list(sources)) {
            for (Path f : files.toList()) {
                if (!named.contains(f.getFileName().toString())) Files.delete(f);
            }
        }
    }
}
