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
import org.apache.lucene.index.DirectoryReader;
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
    private static final String GENERATION = "dcgraph-generation";
    static final List<Node> INDEXED = List.of(DCG.text.asNode(), ELI.title.asNode());

    private final TextIndexLucene index;

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
        Snippet.register();
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

    /** Commits what was added outside a transaction: a new database's index, written by a bulk build. */
    void commit() {
        index.commit();
    }

    /** Closes a new database's index that will not be used: its build failed. */
    void close() {
        index.close();
    }

    /** Adds one text directly, for a rebuild; only inside a write transaction. */
    void add(Quad quad) {
        index.addEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(), quad));
    }
}
