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
        try (Stream<Path> files = Files.walk(dir.resolve(Store.SEARCH_INDEX_FOLDER))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Store store = Store.open(dir)) {
            assertTrue(IndexConsistency.inStep(store));
            assertFalse(SearchTest.search(store, Map.of("q", "قدرات", "lang", "ar")).isEmpty());
        }
    }
}
