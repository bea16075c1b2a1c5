package org.dcgraph.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
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
    private final DatasetGraph dsg;
    private final Path directory;

    private Store(DatasetGraph dsg, Path directory) {
        this.dsg = dsg;
        this.directory = directory;
    }

    public static Store open(Path directory) {
        return new Store(withUnionDefaultGraph(DatabaseMgr.connectDatasetGraph(directory.toString())), directory);
    }

    /** A store in memory, set up as the one on disk: for tests and throw-away builds. */
    public static Store inMemory() {
        return new Store(withUnionDefaultGraph(DatabaseMgr.createDatasetGraph()), null);
    }

    private static DatasetGraph withUnionDefaultGraph(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    public DatasetGraph dataset() { return dsg; }

    /** Where the store lives on disk, or null for a store in memory. */
    public Path directory() { return directory; }

    /** Replaces everything with the given graphs, and records the fingerprint of what they were built from. */
    public void replaceAll(Map<String, Model> graphs, String buildGraph, String fingerprint, PrefixMapping prefixes) {
        Txn.executeWrite(dsg, () -> {
            dsg.clear();
            dsg.prefixes().clear();
            dsg.prefixes().putAll(prefixes);
            graphs.forEach((name, model) -> {
                Node g = NodeFactory.createURI(name);
                model.getGraph().find().forEachRemaining(t -> dsg.add(new Quad(g, t)));
            });
            Node build = NodeFactory.createURI(buildGraph);
            dsg.add(build, build, DCG.corpusFingerprint.asNode(), NodeFactory.createLiteralString(fingerprint));
        });
    }

    /**
     * Replaces everything with the graphs a build sends to the sink it is given, as it makes them, in one write
     * transaction: the build never holds all its graphs in memory, and if it fails the previous content stays.
     *
     * @return what the build returned
     */
    public <T> T replaceAll(Function<GraphSink, T> build, String buildGraph, String fingerprint, PrefixMapping prefixes) {
        return Txn.calculateWrite(dsg, () -> {
            dsg.clear();
            dsg.prefixes().clear();
            dsg.prefixes().putAll(prefixes);
            T result = build.apply((name, model) -> {
                Node g = NodeFactory.createURI(name);
                model.getGraph().find().forEachRemaining(t -> dsg.add(new Quad(g, t)));
            });
            Node build1 = NodeFactory.createURI(buildGraph);
            dsg.add(build1, build1, DCG.corpusFingerprint.asNode(), NodeFactory.createLiteralString(fingerprint));
            return result;
        });
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
        TDBInternal.expel(dsg);
    }
}
