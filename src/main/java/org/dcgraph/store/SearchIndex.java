package org.dcgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Symbol;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dcgraph.rdf.DCG;
import org.dcgraph.rdf.ELI;

/**
 * The full-text index over paragraph texts and titles: a jena-text Lucene index wrapped round the store, so that
 * every quad added or deleted in a write transaction updates the index in the same transaction. Each text is
 * analysed by the Lucene analyzer of its language tag (Arabic and Persian normalisation and light stemming,
 * English stemming, and the other languages jena-text knows), so that a search for القدرات finds قدرات. Queries
 * name the language to search, as {@code queries/search.rq} does.
 */
public final class SearchIndex {
    static final String FIELD = "text";
    /** Where a query's context names the index, for {@code dcg:search} and {@code dcg:snippet}. */
    static final Symbol IN_CONTEXT = Symbol.create("https://w3id.org/dcgraph/ontology#searchIndex");
    private static final String GENERATION = "dcgraph-generation";
    static final List<Node> INDEXED = List.of(DCG.text.asNode(), ELI.title.asNode());

    private final TextIndexLucene index;
    /** The committed index as searched, opened once and reopened only when a commit changed it. */
    private SearcherManager searchers;

    private SearchIndex(Directory directory) {
        EntityDefinition entities = new EntityDefinition("uri", FIELD);
        INDEXED.forEach(p -> entities.set(FIELD, p));
        // Deleting an entry needs its uid; replacing a document deletes its old texts.
        entities.setUidField("uid");
        entities.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setMultilingualSupport(true);
        // Snippets are cut from the stored text.
        config.setValueStored(true);
        this.index = (TextIndexLucene) TextDatasetFactory.createLuceneIndex(directory, config);
    }

    static SearchIndex onDisk(Path folder) {
        try {
            return new SearchIndex(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + folder, e);
        }
    }

    static SearchIndex inMemory() {
        return new SearchIndex(new ByteBuffersDirectory());
    }

    /** The dataset seen through the index: changes made through it reach the index. */
    DatasetGraph wrap(DatasetGraph dataset) {
        // TDB2 runs queries on the dataset under the wrapper, where text:query would not find the index (and would
        // then answer with every row unfiltered): the context, which both share, names it.
        dataset.getContext().set(TextQuery.textIndex, index);
        dataset.getContext().set(IN_CONTEXT, this);
        Snippet.register();
        TextSearch.register();
        return new DatasetGraphText(dataset, index, new org.apache.jena.query.text.TextDocProducerTriples(index), true);
    }

    static boolean indexed(Quad quad) {
        return INDEXED.contains(quad.getPredicate()) && quad.getObject().isLiteral();
    }

    /** Number of texts in the committed index. */
    long entries() {
        try (DirectoryReader reader = DirectoryReader.open(index.getDirectory())) {
            return reader.numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    /** Forgets every entry; only inside a write transaction, which commits or rolls back the index with the store. */
    void clear() {
        try {
            index.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the search index", e);
        }
    }

    /** Records the generation in the index's next commit; only inside a write transaction. */
    void stamp(String generation) {
        index.getIndexWriter().setLiveCommitData(Map.of(GENERATION, generation).entrySet());
    }

    /** The generation of the committed index, or null when none was recorded. */
    String generation() {
        try (DirectoryReader reader = DirectoryReader.open(index.getDirectory())) {
            return reader.getIndexCommit().getUserData().get(GENERATION);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    /**
     * Lets the index hold more texts in memory before it writes them out as a segment: for a bulk build, which adds
     * every text of the corpus in one go. At Lucene's default (16 MB) a third of the index thread's time in a build of
     * session 75 went to writing segments out, each sorting its whole vocabulary again (bench/RESULTS.md, 2026-12-07
     * 23:40). The same texts are indexed; only their segments differ.
     */
    void bufferForBulk(double megabytes) {
        index.getIndexWriter().getConfig().setRAMBufferSizeMB(megabytes);
    }

    /** Commits what was added outside a transaction: a new database's index, written by a bulk build. */
    void commit() {
        index.commit();
    }

    /** Closes a new database's index that will not be used: its build failed. */
    void close() {
        closeSearchers();
        index.close();
    }

    /** Lets go of the committed index as searched; the index itself is closed with the dataset it wraps. */
    synchronized void closeSearchers() {
        if (searchers == null) return;
        try {
            searchers.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index's reader", e);
        } finally {
            searchers = null;
        }
    }

    /**
     * A searcher of the last commit, to give back by {@link #release}; null while nothing was ever committed. The
     * reader is kept between searches: jena-text opens one for each {@code text:query}, which was most of the cost
     * of a search that reads only its best hits.
     */
    IndexSearcher acquire() throws IOException {
        SearcherManager manager;
        synchronized (this) {
            if (searchers == null) {
                try {
                    searchers = new SearcherManager(index.getDirectory(), null);
                } catch (IndexNotFoundException e) {
                    return null;
                }
            }
            manager = searchers;
        }
        manager.maybeRefreshBlocking();
        return manager.acquire();
    }

    /** Gives back a searcher of {@link #acquire}, as {@link SearcherManager#release} does, even once closed. */
    static void release(IndexSearcher searcher) throws IOException {
        searcher.getIndexReader().decRef();
    }

    /**
     * The Lucene query {@code text:query (words "lang:language")} runs: the words in the plain field or in the
     * language's own, among that language's texts (read from jena-text 5.6.0's bytecode, so that scores and
     * highlights are the same as its).
     *
     * @throws ParseException when the words are not Lucene query syntax
     */
    Query query(String words, String language) throws ParseException {
        EntityDefinition fields = index.getDocDef();
        String text = fields.getPrimaryField();
        String lucene = "(" + words + " " + text + "_" + language + ": (" + words + ") ) AND " + fields.getLangField() + ":" + language;
        QueryParser parser = new QueryParser(text, index.getQueryAnalyzer());
        parser.setAllowLeadingWildcard(true);
        return parser.parse(lucene);
    }

    TextIndexLucene lucene() { return index; }

    /** Adds one text directly, for a rebuild; only inside a write transaction. */
    void add(Quad quad) {
        index.addEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(), quad));
    }
}
