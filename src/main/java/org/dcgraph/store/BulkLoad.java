package org.dcgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One stream of quads written three ways at once: into a new, empty TDB2 database by Jena's bulk loader, into the
 * N-Quads dump, line by line, and into the new search index, whose text analysis runs on a thread of its own. The
 * dump is the stream the loader reads, so it holds exactly the store's quads without reading the store back. A quad
 * must come once: TDB2 keeps a quad twice as one, but the dump and the index would not. The pipeline sends each graph
 * once, bar the links graph, which comes in parts (draft links, disagreements) and is checked quad by quad here. Should
 * another graph come twice, its repeats are counted in {@link #quads()}, and {@link Store#rebuild} writes the dump and
 * the index again from the database when the count and the database's disagree.
 */
final class BulkLoad implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    /** Texts waiting for the index's thread: enough to smooth the bursts of one document's paragraphs. */
    private static final int INDEX_QUEUE = 4096;
    /** The new search index's memory for texts before it writes a segment (see {@link SearchIndex#bufferForBulk}). */
    private static final double INDEX_BUFFER_MB = 128;
    private static final Quad END = Quad.create(Quad.defaultGraphIRI, NodeFactory.createBlankNode(), NodeFactory.createBlankNode(), NodeFactory.createBlankNode());

    private final DataLoader loader;
    private final OutputStream dumpFile;
    private final StreamRDF dump;
    private final SearchIndex index;
    private final Set<String> graphsSeen = new HashSet<>();
    private final Map<String, Set<Triple>> repeated = new HashMap<>();
    private final BlockingQueue<Quad> texts = new ArrayBlockingQueue<>(INDEX_QUEUE);
    private final Thread indexing;
    private volatile RuntimeException indexFailure;
    /** Set before the stream's end is queued, so the index's thread sees it when it takes the end. */
    private volatile String generation;
    private boolean finished;
    private long quads;
    long loaderNanos;
    long dumpNanos;

    BulkLoad(DatasetGraph database, SearchIndex index, Path nquads, Set<String> graphsInParts, PrefixMapping prefixes) {
        this.index = index;
        index.bufferForBulk(INDEX_BUFFER_MB);
        graphsInParts.forEach(g -> repeated.put(g, new HashSet<>()));
        try {
            this.dumpFile = Dumps.gzipTo(nquads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + nquads, e);
        }
        this.dump = StreamRDFWriter.getWriterStream(dumpFile, Lang.NQUADS);
        // The sequential loader, which loads in the thread that feeds it: the phased and parallel loaders' threads log
        // a failure (a full disk) and end, and the thread feeding them then waits for them for ever.
        this.loader = LoaderFactory.sequentialLoader(database, (format, args) -> LOG.debug(String.format(format, args)));
        loader.startBulk();
        loader.stream().start();
        dump.start();
        prefixes.getNsPrefixMap().forEach(loader.stream()::prefix);
        this.indexing = new Thread(this::indexTexts, "bulk-build-search-index");
        indexing.setDaemon(true);
        indexing.start();
    }

    /** Adds one graph, or a part of one; its name may come again only for the links graph (see the class). */
    void add(String graph, Model model) {
        Node g = NodeFactory.createURI(graph);
        Set<Triple> kept = repeated.get(graph);
        if (kept == null && !graphsSeen.add(graph)) {
            LOG.warn("graph {} sent twice to a bulk build", graph);
            kept = new HashSet<>();
            repeated.put(graph, kept);
        }
        for (var it = model.getGraph().find(); it.hasNext(); ) {
            Triple t = it.next();
            if (kept != null && !kept.add(t)) continue;
            add(new Quad(g, t));
        }
    }

    /** Adds one quad, which the caller knows to be new. */
    void add(Quad quad) {
        if (indexFailure != null) throw indexFailure;
        long start = System.nanoTime();
        loader.stream().quad(quad);
        long loaded = System.nanoTime();
        dump.quad(quad);
        dumpNanos += System.nanoTime() - loaded;
        loaderNanos += loaded - start;
        quads++;
        if (SearchIndex.indexed(quad)) {
            try {
                texts.put(quad);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while indexing", e);
            }
        }
    }

    /** Adds the texts as they come; once the stream ends, records the generation and commits, beside the loader. */
    private void indexTexts() {
        try {
            for (Quad q = texts.take(); q != END; q = texts.take()) index.add(q);
            index.stamp(generation);
            index.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            indexFailure = e;
            texts.clear();
        }
    }

    /** The quads sent, each once. */
    long quads() { return quads; }

    /**
     * Ends the stream: the index's thread commits the index with {@code generation} recorded in it while the loader
     * builds its own indexes and commits (on two cores, the index's commit took a fifth of this stage after it), and
     * the dump is closed.
     */
    void finish(String generation) {
        finished = true;
        this.generation = generation;
        try {
            texts.put(END);
            loader.stream().finish();
            loader.finishBulk();
            dump.finish();
            dumpFile.close();
            indexing.join();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the N-Quads dump", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        }
        if (indexFailure != null) throw indexFailure;
    }

    /** Stops a build that failed: the caller removes what it wrote. */
    @Override
    public void close() {
        indexing.interrupt();
        if (!finished) {
            try {
                loader.finishException(new IllegalStateException("the build failed"));
            } catch (RuntimeException e) {
                LOG.debug("stopping the loader of a failed build: {}", e.getMessage());
            }
        }
        try {
            dumpFile.close();
        } catch (IOException e) {
            LOG.debug("closing the dump of a failed build: {}", e.getMessage());
        }
    }
}
