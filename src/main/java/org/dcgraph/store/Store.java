package org.dcgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.dcgraph.pipeline.GraphSink;
import org.dcgraph.pipeline.Progress;
import org.dcgraph.pipeline.StageClock;
import org.dcgraph.rdf.DCG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 store on disk. Its default graph is the union of its named graphs, so a query without
 * GRAPH sees everything once. A build writes a whole new database beside the one served and switches to it
 * ({@link #rebuild}, docs/bulk-build.md), or replaces the content in one write transaction ({@link #replaceAll}); an
 * ingest changes it in one write transaction. A build that fails leaves the previous content untouched, and readers
 * see the old or the new, never a mix.
 */
public final class Store implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    /** Attempts to close the store while readers end, 50 ms apart. */
    private static final int CLOSE_ATTEMPTS = 40;
    /** The folder of the full-text index, inside the store's folder. */
    static final String SEARCH_INDEX_FOLDER = "search-index";
    /** The folder of the source files of the documents in the store, inside the store's folder. */
    static final String SOURCES_FOLDER = "sources";

    // Replaced together, by a bulk build's switch to the database it wrote.
    private volatile DatasetGraph tdb;
    private volatile DatasetGraph dsg;
    private volatile SearchIndex search;
    private final SourceArchive sources;
    private final Path directory;

    private Store(DatasetGraph tdb, SearchIndex search, SourceArchive sources, Path directory) {
        this.sources = sources;
        this.directory = directory;
        attach(tdb, search);
        IndexConsistency.repair(this);
    }

    private void attach(DatasetGraph tdb, SearchIndex search) {
        this.tdb = tdb;
        this.search = search;
        this.dsg = search.wrap(tdb);
    }

    public static Store open(Path directory) {
        Path database = StoreLayout.database(directory);
        DatasetGraph tdb;
        try {
            tdb = withUnionDefaultGraph(DatabaseMgr.connectDatasetGraph(database.toString()));
        } catch (DBOpEnvException e) {
            // TDB2 says "Failed to get a lock ... held by process N" with this general type (AlreadyLocked is a subtype)
            if (e instanceof AlreadyLocked || String.valueOf(e.getMessage()).contains("held by process")) throw new StoreInUseException(directory, database, e);
            throw e;
        }
        Store store = new Store(tdb, SearchIndex.onDisk(database.resolve(SEARCH_INDEX_FOLDER)),
                SourceArchive.onDisk(directory.resolve(SOURCES_FOLDER)), directory);
        // Only once the database served is locked: a build that is writing another holds that lock too.
        StoreLayout.removeUnused(directory);
        UnfinishedBuild.cleanUp(store);
        Dumps.keepOnly(Dumps.folderOf(store), store.generation());
        Dumps.removeUnfinished(Dumps.folderOf(store), store.generation());
        return store;
    }

    /** A store in memory, set up as the one on disk: for tests and throw-away builds. */
    public static Store inMemory() {
        return new Store(withUnionDefaultGraph(DatabaseMgr.createDatasetGraph()), SearchIndex.inMemory(), SourceArchive.inMemory(), null);
    }

    private static DatasetGraph withUnionDefaultGraph(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /** The store as everyone reads and writes it: through the search index, which follows every change. */
    public DatasetGraph dataset() { return dsg; }

    SearchIndex searchIndex() { return search; }

    /** TDB2's dataset itself, beneath the search index's wrapper. */
    DatasetGraph storage() { return tdb; }

    /** The source files of the documents in the store, to read one again when its links change. */
    public SourceArchive sources() { return sources; }

    /**
     * Replaces some documents, in one write transaction: drops the named graphs given, the quads of the links graph
     * that {@code staleLink} picks, then adds the new graphs (a graph already present gets the quads added).
     * Readers see the store before or after, never between; a failure leaves it as it was.
     */
    public void replace(Set<String> droppedGraphs, String linksGraph, Predicate<Quad> staleLink, Map<String, Model> added) {
        String generation;
        try {
            generation = Txn.calculateWrite(dsg, () -> {
                droppedGraphs.forEach(g -> dsg.removeGraph(NodeFactory.createURI(g)));
                Node links = NodeFactory.createURI(linksGraph);
                List<Quad> stale = new ArrayList<>();
                dsg.find(links, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (staleLink.test(q)) stale.add(q);
                });
                stale.forEach(dsg::delete);
                added.forEach((name, model) -> {
                    Node g = NodeFactory.createURI(name);
                    model.getGraph().find().forEachRemaining(t -> dsg.add(new Quad(g, t)));
                });
                return stampWithDumps(Progress.NONE);
            });
        } catch (RuntimeException | Error e) {
            throw StoreFullException.named(e, directory);
        }
        dropOtherDumps(generation);
    }

    /**
     * Brings the N-Quads dump of a store on disk up to its last write, when it is missing: lost, or not written by a
     * version that made it before the commit. A store in memory has none, nor has one never built.
     */
    public void refreshDumps() {
        String generation = directory == null ? null : generation();
        try {
            if (generation != null) Dumps.refresh(dsg, Dumps.folderOf(this), generation, Progress.NONE);
        } catch (RuntimeException e) {
            throw StoreFullException.named(e, directory);
        }
    }

    /**
     * Marks this write, in the store and in the search index, with one new generation, and writes the N-Quads dump
     * of what the write made; inside the write transaction, so that the store and the index differ only if one of them
     * committed without the other, and the new content is never seen without that dump.
     *
     * @return the new generation, or null for a store without a build
     */
    private String stampWithDumps(Progress progress) {
        var fingerprints = dsg.find(Node.ANY, Node.ANY, DCG.corpusFingerprint.asNode(), Node.ANY);
        if (!fingerprints.hasNext()) return null;
        Node build = fingerprints.next().getGraph();
        String generation = UUID.randomUUID().toString();
        dsg.deleteAny(build, build, DCG.searchIndexGeneration.asNode(), Node.ANY);
        dsg.add(build, build, DCG.searchIndexGeneration.asNode(), NodeFactory.createLiteralString(generation));
        search.stamp(generation);
        if (directory != null) Dumps.write(dsg, Dumps.folderOf(this), generation, progress);
        return generation;
    }

    /**
     * After a commit: the dumps of earlier generations describe a content no one reads any more. The write is done
     * whatever happens here; dumps that could not be removed go at the next opening.
     */
    private void dropOtherDumps(String generation) {
        if (directory == null || generation == null) return;
        try {
            Dumps.keepOnly(Dumps.folderOf(this), generation);
        } catch (UncheckedIOException e) {
            LOG.warn("could not remove the dumps of earlier contents: {}", e.getMessage());
        }
    }

    /** The generation of the last write, or null for a store never written by this version. */
    public String generation() {
        return generationOf(dsg);
    }

    /**
     * The generation of the last write to a store's dataset, as a server sees it (a replica serves a copy of the
     * store's folder): what is derived from the content and kept (dumps, VoID, kept answers) is valid while it stays
     * the same. Null for a store never written by this version.
     */
    public static String generationOf(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.find(Node.ANY, Node.ANY, DCG.searchIndexGeneration.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    /** Where the store lives on disk, or null for a store in memory. */
    public Path directory() { return directory; }

    /** Replaces everything with the given graphs, and records the fingerprint of what they were built from. */
    public void replaceAll(Map<String, Model> graphs, String buildGraph, String fingerprint, PrefixMapping prefixes) {
        replaceAll(sink -> {
            graphs.forEach(sink::add);
            return null;
        }, buildGraph, () -> fingerprint, prefixes, Progress.NONE);
    }

    /** As {@link #replaceAll(Function, String, Supplier, PrefixMapping, Progress)}, with the fingerprint known before. */
    public <T> T replaceAll(Function<GraphSink, T> build, String buildGraph, String fingerprint, PrefixMapping prefixes, Progress progress) {
        return replaceAll(build, buildGraph, () -> fingerprint, prefixes, progress);
    }

    /**
     * Replaces everything with the graphs a build sends to the sink it is given, as it makes them, in one write
     * transaction: the build never holds all its graphs in memory, and if it fails the previous content stays.
     * Tells {@code progress} how long the writes, the dumps and the commit took. TDB2 never writes over the blocks
     * of a content it replaced: the store is compacted afterwards, or it would grow by its whole size at every build.
     *
     * @param fingerprint asked for once the build has sent its graphs: a build hashes its files as it reads them
     * @return what the build returned
     */
    public <T> T replaceAll(Function<GraphSink, T> build, String buildGraph, Supplier<String> fingerprint, PrefixMapping prefixes, Progress progress) {
        StageClock clock = new StageClock(progress);
        UnfinishedBuild.begin(this);
        String[] generation = new String[1];
        T built;
        try {
            built = Txn.calculateWrite(dsg, () -> {
                // Clearing the store bypasses the index; the index is cleared in the same transaction.
                dsg.clear();
                search.clear();
                dsg.prefixes().clear();
                dsg.prefixes().putAll(prefixes);
                WritesToEmptied writes = new WritesToEmptied();
                T result = build.apply((name, model) -> {
                    Node g = NodeFactory.createURI(name);
                    model.getGraph().find().forEachRemaining(t -> writes.add(new Quad(g, t)));
                });
                progress.stageDone("quads into TDB2 (part of graphs and write)", Duration.ofNanos(writes.storeNanos));
                progress.stageDone("texts into the search index (part of graphs and write)", Duration.ofNanos(writes.indexNanos));
                Node buildNode = NodeFactory.createURI(buildGraph);
                dsg.add(buildNode, buildNode, DCG.corpusFingerprint.asNode(), NodeFactory.createLiteralString(fingerprint.get()));
                generation[0] = stampWithDumps(progress);
                clock.restart();
                return result;
            });
        } catch (RuntimeException | Error e) {
            throw StoreFullException.named(e, directory);
        }
        clock.done("commit");
        dropOtherDumps(generation[0]);
        UnfinishedBuild.cleanUp(this);
        clock.done("space of the previous content freed");
        return built;
    }

    /**
     * Replaces everything with the graphs a build sends to the sink, at the speed of TDB2's bulk loader: the graphs go,
     * as the build makes them, to a new database written beside the one served (see {@link StoreLayout}), to the
     * N-Quads dump and to the new search index. Once the loader has committed, the new database's quads are counted
     * against those sent, and the store switched to it by one atomic rename (the Turtle dump is written when first
     * asked for, {@link Dumps#turtle}): killed before
     * that, the store opens with its previous content, killed after, with the new. Readers of this {@code Store} see
     * the new content once the switch is done. A store in memory is replaced in one transaction instead.
     *
     * @param fingerprint asked for once the build has sent its graphs: a build hashes its files as it reads them
     * @param graphsInParts graphs the build may send in several parts (the links graph), whose quads are checked for repeats
     * @return what the build returned
     */
    public <T> T rebuild(Function<GraphSink, T> build, String buildGraph, Supplier<String> fingerprint, PrefixMapping prefixes,
                         Set<String> graphsInParts, Progress progress) {
        if (directory == null) return replaceAll(build, buildGraph, fingerprint, prefixes, progress);
        StageClock clock = new StageClock(progress);
        UnfinishedBuild.beginBeside(this);
        String generation = UUID.randomUUID().toString();
        Path database = StoreLayout.fresh(directory, generation);
        Path dumps = Dumps.folderOf(this);
        DatasetGraph fresh = null;
        SearchIndex freshIndex = null;
        T built;
        try {
            fresh = withUnionDefaultGraph(DatabaseMgr.connectDatasetGraph(database.toString()));
            freshIndex = SearchIndex.onDisk(database.resolve(SEARCH_INDEX_FOLDER));
            Path partial = Dumps.partial(dumps, generation);
            long sent;
            try (BulkLoad load = new BulkLoad(fresh, freshIndex, partial.resolve(Dumps.NQUADS), graphsInParts, prefixes)) {
                built = build.apply(load::add);
                progress.stageDone("quads into the bulk loader (part of graphs and write)", Duration.ofNanos(load.loaderNanos));
                progress.stageDone("N-Quads dump (part of graphs and write)", Duration.ofNanos(load.dumpNanos));
                Node buildNode = NodeFactory.createURI(buildGraph);
                load.add(new Quad(buildNode, buildNode, DCG.corpusFingerprint.asNode(), NodeFactory.createLiteralString(fingerprint.get())));
                load.add(new Quad(buildNode, buildNode, DCG.searchIndexGeneration.asNode(), NodeFactory.createLiteralString(generation)));
                clock.restart();
                load.finish(generation);
                sent = load.quads();
            }
            clock.done("bulk loader's indexes and the search index's commit");
            long loaded = quadCount(fresh);
            if (loaded != sent) {
                // A graph sent twice (the pipeline sends each once): the stream held repeats, which TDB2 kept once.
                LOG.warn("the build sent {} quads for the {} loaded: the N-Quads dump and the search index are written again from the new database", sent, loaded);
                Dumps.writeNQuads(fresh, partial);
                IndexConsistency.rebuild(fresh, freshIndex, generation);
                clock.done("dump " + Dumps.NQUADS + " and search index again");
            }
            if (!generation.equals(generationOf(fresh))) throw new IllegalStateException("the new database does not hold its generation");
            Dumps.publish(dumps, generation);
        } catch (RuntimeException | Error e) {
            abandon(fresh, freshIndex, database);
            throw StoreFullException.named(e, directory);
        }
        StoreLayout.switchTo(directory, database);
        clock.done("commit");
        // The new content is the store's from here: what follows only frees the space of the previous one.
        closeStorage();
        attach(fresh, freshIndex);
        StoreLayout.removeUnused(directory);
        dropOtherDumps(generation);
        UnfinishedBuild.cleanUp(this);
        clock.done("space of the previous content freed");
        return built;
    }

    /** Closes and removes the database of a bulk build that failed; what cannot be removed goes at the next opening. */
    private void abandon(DatasetGraph fresh, SearchIndex freshIndex, Path database) {
        try {
            if (freshIndex != null) freshIndex.close();
            if (fresh != null) TDBInternal.expel(fresh);
            Dumps.deleteTree(database);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not remove the database of a failed build, {}: {}", database, e.getMessage());
        }
    }

    /**
     * The writes of a build into the store it has just emptied, timed apart. A quad the search index does not take
     * goes straight to TDB2: through the index's wrapper it would first be looked up to see whether it is new, a
     * fifth of the build's write time on the record, for nothing, since TDB2 keeps a quad added twice once. A text
     * goes through the wrapper, whose lookup keeps a text sent twice (a work's title, from each of its language
     * versions) from being indexed twice.
     */
    private final class WritesToEmptied {
        long storeNanos;
        long indexNanos;

        void add(Quad quad) {
            long start = System.nanoTime();
            if (SearchIndex.indexed(quad)) {
                dsg.add(quad);
                indexNanos += System.nanoTime() - start;
            } else {
                tdb.add(quad);
                storeNanos += System.nanoTime() - start;
            }
        }
    }

    /** The number of named graphs. */
    public long graphCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    /** The fingerprint of the corpus the content was built from, or null for an empty store. */
    public String fingerprint(String buildGraph) {
        return Txn.calculateRead(dsg, () -> {
            Node build = NodeFactory.createURI(buildGraph);
            var it = dsg.find(build, build, DCG.corpusFingerprint.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    /**
     * The number of quads, counted on TDB2's tuples of term ids: reading them as quads would decode every term, two
     * minutes on the record.
     */
    public long quadCount() {
        return quadCount(tdb);
    }

    private static long quadCount(DatasetGraph tdb) {
        return Txn.calculateRead(tdb, () -> {
            DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
            return storage.getQuadTable().getNodeTupleTable().size() + storage.getTripleTable().getNodeTupleTable().size();
        });
    }

    @Override
    public void close() {
        closeStorage();
    }

    private void closeStorage() {
        search.closeSearchers();
        dsg.close();
        // A server stopped just after answering may still be ending that request's read transaction, which TDB2
        // will not close under: wait for it a little (seen under a load average of 15 on 2 cores).
        for (int attempt = 1; ; attempt++) {
            try {
                TDBInternal.expel(tdb);
                return;
            } catch (TransactionException e) {
                if (attempt == CLOSE_ATTEMPTS) throw e;
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
