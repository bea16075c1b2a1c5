package org.dcgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.dcgraph.pipeline.GraphSink;
import org.dcgraph.rdf.DCG;

/**
 * The TDB2 store on disk. Its default graph is the union of its named graphs, so a query without
 * GRAPH sees everything once. Its whole content is replaced in one write transaction: a build that
 * fails leaves the previous content untouched, and readers see the old or the new, never a mix.
 */
public final class Store implements AutoCloseable {
    /** The folder of the full-text index, inside the store's folder. */
    static final String SEARCH_INDEX_FOLDER = "search-index";
    /** The folder of the source files of the documents in the store, inside the store's folder. */
    static final String SOURCES_FOLDER = "sources";

    private final DatasetGraph tdb;
    private final DatasetGraph dsg;
    private final SearchIndex search;
    private final SourceArchive sources;
    private final Path directory;

    private Store(DatasetGraph tdb, SearchIndex search, SourceArchive sources, Path directory) {
        this.tdb = tdb;
        this.search = search;
        this.sources = sources;
        this.dsg = search.wrap(tdb);
        this.directory = directory;
        IndexConsistency.repair(this);
    }

    public static Store open(Path directory) {
        DatasetGraph tdb = withUnionDefaultGraph(DatabaseMgr.connectDatasetGraph(directory.toString()));
        return new Store(tdb, SearchIndex.onDisk(directory.resolve(SEARCH_INDEX_FOLDER)),
                SourceArchive.onDisk(directory.resolve(SOURCES_FOLDER)), directory);
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

    /** The source files of the documents in the store, to read one again when its links change. */
    public SourceArchive sources() { return sources; }

    /**
     * Replaces some documents, in one write transaction: drops the named graphs given, the quads of the links graph
     * that {@code staleLink} picks, then adds the new graphs (a graph already present gets the quads added).
     * Readers see the store before or after, never between; a failure leaves it as it was.
     */
    public void replace(Set<String> droppedGraphs, String linksGraph, Predicate<Quad> staleLink, Map<String, Model> added) {
        Txn.executeWrite(dsg, () -> {
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
            stamp();
        });
        refreshDumps();
    }

    /**
     * Brings the dumps of a store on disk up to its last write; after the commit, so that they hold what readers
     * now see. A store in memory has none, nor has one never built.
     */
    public void refreshDumps() {
        String generation = directory == null ? null : generation();
        if (generation != null) Dumps.refresh(dsg, Dumps.folderOf(this), generation);
    }

    /**
     * Marks this write, in the store and in the search index, with one new generation; inside the write
     * transaction, so that the two differ only if one of them committed without the other.
     */
    private void stamp() {
        var fingerprints = dsg.find(Node.ANY, Node.ANY, DCG.corpusFingerprint.asNode(), Node.ANY);
        if (!fingerprints.hasNext()) return;
        Node build = fingerprints.next().getGraph();
        String generation = UUID.randomUUID().toString();
        dsg.deleteAny(build, build, DCG.searchIndexGeneration.asNode(), Node.ANY);
        dsg.add(build, build, DCG.searchIndexGeneration.asNode(), NodeFactory.createLiteralString(generation));
        search.stamp(generation);
    }

    /** The generation of the last write, or null for a store never written by this version. */
    public String generation() {
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(Node.ANY, Node.ANY, DCG.searchIndexGeneration.asNode(), Node.ANY);
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
        }, buildGraph, fingerprint, prefixes);
    }

    /**
     * Replaces everything with the graphs a build sends to the sink it is given, as it makes them, in one write
     * transaction: the build never holds all its graphs in memory, and if it fails the previous content stays.
     *
     * @return what the build returned
     */
    public <T> T replaceAll(Function<GraphSink, T> build, String buildGraph, String fingerprint, PrefixMapping prefixes) {
        T built = Txn.calculateWrite(dsg, () -> {
            // Clearing the store bypasses the index; the index is cleared in the same transaction.
            dsg.clear();
            search.clear();
            dsg.prefixes().clear();
            dsg.prefixes().putAll(prefixes);
            T result = build.apply((name, model) -> {
                Node g = NodeFactory.createURI(name);
                model.getGraph().find().forEachRemaining(t -> dsg.add(new Quad(g, t)));
            });
            Node buildNode = NodeFactory.createURI(buildGraph);
            dsg.add(buildNode, buildNode, DCG.corpusFingerprint.asNode(), NodeFactory.createLiteralString(fingerprint));
            stamp();
            return result;
        });
        refreshDumps();
        return built;
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

    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        dsg.close();
        TDBInternal.expel(tdb);
    }
}
