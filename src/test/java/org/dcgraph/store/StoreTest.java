package org.dcgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.pipeline.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    private final StoreBuilder builder = new StoreBuilder(new Pipeline(Fixtures.REFERENCE));

    @Test
    void storeIsBuiltOnceAndReusedWhileTheCorpusIsUnchanged() {
        List<NamedBytes> corpus = Fixtures.bundledCorpus();
        try (Store store = Store.open(dir)) {
            assertTrue(builder.build(store, corpus, false).rebuilt());
            long quads = store.quadCount();
            assertFalse(builder.build(store, corpus, false).rebuilt());
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void changedCorpusMakesTheStoreOutOfDate() {
        try (Store store = Store.open(dir)) {
            builder.build(store, List.of(Fixtures.file(Fixtures.RES_78_311_AR)), false);
            assertTrue(builder.build(store, Fixtures.bundledCorpus(), false).rebuilt());
        }
    }

    @Test
    void failedReplacementLeavesThePreviousContentUntouched() {
        try (Store store = Store.open(dir)) {
            builder.build(store, Fixtures.bundledCorpus(), false);
            long before = store.quadCount();
            String fingerprint = store.fingerprint("https://w3id.org/dcgraph/graph/build");
            Map<String, Model> failing = new LinkedHashMap<>();
            failing.put("https://example.org/graph/ok", ModelFactory.createDefaultModel()
                    .add(ModelFactory.createDefaultModel().createResource("https://example.org/a"),
                            org.apache.jena.vocabulary.RDFS.label, "a"));
            failing.put("https://example.org/graph/broken", ModelFactory.createModelForGraph(new FailingGraph()));
            assertThrows(IllegalStateException.class, () -> store.replaceAll(failing, "https://w3id.org/dcgraph/graph/build", "new", org.apache.jena.shared.PrefixMapping.Standard));
            assertEquals(before, store.quadCount());
            assertEquals(fingerprint, store.fingerprint("https://w3id.org/dcgraph/graph/build"));
        }
    }

    @Test
    void quadCountIsTheNumberOfQuadsReadOneByOne() {
        try (Store store = Store.open(dir)) {
            builder.build(store, Fixtures.bundledCorpus(), false);
            long read = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(store.dataset().find()));
            assertTrue(read > 1000, "quads read: " + read);
            assertEquals(read, store.quadCount());
        }
    }

    @Test
    void buildIndexesEveryTextItWrites() {
        try (Store store = Store.open(dir)) {
            builder.build(store, Fixtures.bundledCorpus(), false);
            assertEquals(IndexConsistency.texts(store.dataset()), store.searchIndex().entries());
        }
    }

    @Test
    void textSentTwiceByABuildIsIndexedOnce() {
        // A graph that several documents write to can be sent the same text by each of them.
        Model title = ModelFactory.createDefaultModel();
        title.add(title.createResource("https://example.org/doc/1"), org.dcgraph.rdf.ELI.title, "Digital cooperation", "en");
        try (Store store = Store.open(dir)) {
            store.replaceAll(sink -> {
                sink.add("https://example.org/graph/work", title);
                sink.add("https://example.org/graph/work", title);
                return null;
            }, "https://w3id.org/dcgraph/graph/build", "twice", org.apache.jena.shared.PrefixMapping.Standard, Progress.NONE);
            assertEquals(1, store.searchIndex().entries());
        }
    }

    @Test
    void buildTellsHowLongEachStageTook() {
        List<String> stages = new java.util.ArrayList<>();
        Progress recorded = new Progress() {
            @Override public void started(int files) {}

            @Override public void fileDone(String name) {}

            @Override public void finished() {}

            @Override public void stageDone(String stage, Duration took) {
                assertFalse(took.isNegative(), stage);
                stages.add(stage);
            }
        };
        try (Store store = Store.open(dir)) {
            builder.build(store, Fixtures.bundledCorpus(), false, recorded);
        }
        assertEquals(List.of("read and extract", "graphs and write", "quads into the bulk loader (part of graphs and write)",
                "N-Quads dump (part of graphs and write)", "bulk loader's indexes and the search index's commit",
                "commit", "space of the previous content freed"), stages);
    }

    @Test
    void dumpLeftUnfinishedIsRemovedWhenTheStoreOpens() throws IOException {
        String generation;
        try (Store store = Store.open(dir)) {
            builder.build(store, Fixtures.bundledCorpus(), false);
            generation = store.generation();
        }
        Path partial = Files.createDirectory(dir.resolve("dumps").resolve("another-generation.partial"));
        Files.writeString(partial.resolve(Dumps.NQUADS), "half a dump");
        try (Store store = Store.open(dir)) {
            assertFalse(Files.exists(partial));
            assertTrue(Files.exists(dir.resolve("dumps").resolve(generation).resolve(Dumps.NQUADS)));
        }
    }

    /** A graph whose triples cannot be read, standing for a build that fails half-way through writing. */
    private static final class FailingGraph extends GraphWrapper {
        FailingGraph() {
            super(org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
        }

        @Override
        public ExtendedIterator<Triple> find() {
            return WrappedIterator.create(List.<Triple>of().iterator()).andThen(new java.util.Iterator<Triple>() {
                public boolean hasNext() { return true; }

                public Triple next() { throw new IllegalStateException("disk full"); }
            });
        }

        @Override
        public Graph get() { return super.get(); }
    }
}
