package org.dcgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.dcgraph.Fixtures;
import org.dcgraph.QueryRows;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.query.QueryCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store built with TDB2's bulk loader beside the one served (issue 19) holds what a store built in one write
 * transaction holds: every named query answers the same rows on the bundled corpus, its N-Quads dump (the stream the
 * loader read) holds the store's quads, and the previous database is gone once the new one is switched to.
 */
class BulkBuildTest {
    /** Values for the parameters of the named queries that give rows on the bundled corpus, beside the benchmark's. */
    private static final List<String> BUNDLED_PARAMETERS = List.of(
            "paragraphs symbol=A/RES/78/132", "paragraphs symbol=A/RES/79/1 lang=en", "citations symbol=A/RES/78/132",
            "sponsors symbol=A/78/L.86", "bodies symbol=A/RES/79/1", "mandates symbol=A/RES/79/1", "alignment symbol=A/RES/78/311",
            "search q=القدرات lang=ar", "search q=cooperation", "search q=cooperation symbol=A/RES/79/1", "mandate-status symbol=A/RES/79/1",
            "citation-chain symbol=A/RES/79/1", "lineage code=1A");

    @TempDir
    static Path dir;
    private static Store transactional;
    private static Store bulk;

    @BeforeAll
    static void build() {
        transactional = Store.open(dir.resolve("transactional"));
        new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).inOneTransaction().build(transactional, Fixtures.bundledCorpus(), true);
        bulk = Store.open(dir.resolve("bulk"));
        // Built twice: the second build replaces a database that an earlier bulk build wrote.
        for (int i = 0; i < 2; i++) new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(bulk, Fixtures.bundledCorpus(), true);
    }

    @AfterAll
    static void close() {
        transactional.close();
        bulk.close();
    }

    @Test
    void everyNamedQueryAnswersAsFromTheStoreBuiltInOneTransaction() throws IOException {
        Set<String> asked = new TreeSet<>();
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("bench/query-parameters.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
        lines.addAll(BUNDLED_PARAMETERS);
        int withRows = 0;
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+");
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) params.put(parts[i].substring(0, parts[i].indexOf('=')), parts[i].substring(parts[i].indexOf('=') + 1));
            List<String> expected = rows(transactional, parts[0], params);
            assertEquals(expected, rows(bulk, parts[0], params), line);
            if (!expected.isEmpty()) withRows++;
            asked.add(parts[0]);
        }
        assertEquals(new TreeSet<>(QueryCatalogue.fromDirectory(Path.of("queries")).all().stream().map(q -> q.name()).toList()), asked, "every named query is compared");
        assertTrue(withRows >= 20, "only " + withRows + " of the comparisons gave rows");
    }

    /**
     * A query's rows, each as its columns' values, sorted: the two stores may give rows of equal rank in another order.
     * So may the labels GROUP_CONCAT joins ({@code instruments}' topics), in the order the store holds them, which the
     * SPARQL specification leaves open: they are compared as a set.
     */
    private static List<String> rows(Store store, String query, Map<String, String> params) {
        return QueryRows.of(store, query, params).stream().map(row -> {
            Map<String, String> r = new LinkedHashMap<>(row);
            r.computeIfPresent("topics", (k, v) -> String.join("; ", new TreeSet<>(List.of(v.split("; ")))));
            return r.toString();
        }).sorted().toList();
    }

    @Test
    void sameQuadsAsTheStoreBuiltInOneTransactionBarTheBuildTimes() {
        assertEquals(transactional.quadCount(), bulk.quadCount());
        assertEquals(transactional.graphCount(), bulk.graphCount());
    }

    @Test
    void nquadsDumpIsTheStreamTheLoaderReadAndHoldsExactlyTheStoresQuads() throws IOException {
        Path dump = Dumps.current(Dumps.folderOf(bulk), bulk.generation()).orElseThrow().resolve(Dumps.NQUADS);
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        assertEquals(bulk.quadCount(), lines.size(), "one line a quad");
        assertEquals(lines.size(), new TreeSet<>(lines).size(), "no quad twice");
        DatasetGraph read = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            RDFDataMgr.read(read, in, Lang.NQUADS);
        }
        // Blank nodes are read back under new labels: the quads without one are looked up, the others counted.
        Txn.executeRead(bulk.dataset(), () -> bulk.dataset().find().forEachRemaining(q -> {
            if (!q.getSubject().isBlank() && !q.getObject().isBlank()) assertTrue(read.contains(q), q.toString());
        }));
        assertEquals(bulk.quadCount(), Txn.calculateRead(read, () -> { long n = 0; for (var it = read.find(); it.hasNext(); it.next()) n++; return n; }));
        assertFalse(Files.exists(dump.resolveSibling(Dumps.TURTLE)), "the Turtle dump is written when first asked for");
    }

    @Test
    void storeBuiltInOneTransactionMovesToADatabaseOfItsOwnAtItsFirstBulkBuild() throws IOException {
        Path folder = dir.resolve("earlier");
        try (Store earlier = Store.open(folder)) {
            new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).inOneTransaction().build(earlier, Fixtures.bundledCorpus().subList(0, 1), true);
            try (Stream<Path> entries = Files.list(folder)) {
                assertTrue(entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-")), "the database in the store's folder itself");
            }
            new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(earlier, Fixtures.bundledCorpus().subList(0, 1), true);
            assertEquals(30, QueryRows.of(earlier, "paragraphs", Map.of("symbol", "A/RES/78/311")).size());
        }
        try (Stream<Path> entries = Files.list(folder)) {
            assertEquals(List.of(), entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("Data-") || n.equals("search-index") || n.equals("tdb.lock")).toList(), "the earlier database is gone");
        }
        try (Store reopened = Store.open(folder)) {
            assertEquals(1, QueryRows.of(reopened, "documents", Map.of()).stream().filter(r -> "A/RES/78/311".equals(r.get("symbol"))).count());
        }
    }

    @Test
    void onlyTheDatabaseServedIsLeftInTheStoresFolder() throws IOException {
        Path store = bulk.directory();
        Path served = StoreLayout.database(store);
        assertFalse(served.equals(store), "the database served lives in a folder of its own");
        try (Stream<Path> entries = Files.list(store)) {
            assertEquals(Set.of(StoreLayout.CURRENT, served.getFileName().toString(), "dumps", "sources"),
                    entries.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        try (Stream<Path> dumps = Files.list(store.resolve("dumps"))) {
            assertEquals(List.of(bulk.generation()), dumps.map(p -> p.getFileName().toString()).toList());
        }
        Map<String, Long> sources = new HashMap<>();
        try (Stream<Path> kept = Files.list(store.resolve("sources"))) {
            kept.forEach(p -> sources.put(p.getFileName().toString(), 1L));
        }
        try (Stream<Path> kept = Files.list(transactional.directory().resolve("sources"))) {
            assertEquals(kept.map(p -> p.getFileName().toString()).collect(Collectors.toSet()), sources.keySet());
        }
    }
}
