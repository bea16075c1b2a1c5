package org.dcgraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexConsistencyTest {
    @TempDir
    Path dir;

    @Test
    void lostSearchIndexIsRebuiltFromTheStoreWhenTheStoreOpens() throws IOException {
        try (Store store = Store.open(dir)) {
            new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, Fixtures.bundledCorpus(), true);
        }
        try (Stream<Path> files = Files.walk(StoreLayout.database(dir).resolve(Store.SEARCH_INDEX_FOLDER))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Store store = Store.open(dir)) {
            assertTrue(IndexConsistency.inStep(store));
            assertFalse(SearchTest.search(store, Map.of("q", "قدرات", "lang", "ar")).isEmpty());
        }
    }

    @Test
    void indexLeftFromAnEarlierWriteIsRebuiltWhenTheStoreOpens() throws IOException {
        Path store = dir.resolve("store");
        Path saved = dir.resolve("saved-index");
        try (Store s = Store.open(store)) {
            new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(s, java.util.List.of(Fixtures.file(Fixtures.RES_78_311_AR)), true);
        }
        // The index of the database served: a bulk build's lives in a folder of its own (StoreLayout).
        Path index = StoreLayout.database(store).resolve(Store.SEARCH_INDEX_FOLDER);
        copy(index, saved);
        try (Store s = Store.open(store)) {
            new Ingester(new Pipeline(Fixtures.REFERENCE)).ingest(s, java.util.List.of(Fixtures.file(Fixtures.RES_78_311_EN)), org.dcgraph.pipeline.Progress.NONE);
        }
        // As if the process died after the store committed the ingest and before the index did.
        delete(index);
        copy(saved, index);
        try (Store s = Store.open(store)) {
            assertTrue(IndexConsistency.inStep(s));
            assertFalse(SearchTest.search(s, Map.of("q", "\"capacity-building\"", "lang", "en")).isEmpty());
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
