package org.dcgraph.store;

import org.dcgraph.QueryRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dcgraph.Digests;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.FileOutcome;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.pipeline.Progress;
import org.dcgraph.pipeline.TestPdfs;
import org.junit.jupiter.api.Test;

class IngesterTest {
    private static final String ID = "https://w3id.org/dcgraph/id/doc/";
    private static final Pipeline PIPELINE = new Pipeline(Fixtures.REFERENCE);
    private final Ingester ingester = new Ingester(PIPELINE);

    private static Store builtFrom(String... resources) {
        Store store = Store.inMemory();
        new StoreBuilder(PIPELINE).build(store, java.util.Arrays.stream(resources).map(Fixtures::file).toList(), true);
        return store;
    }

    private Ingester.Result ingest(Store store, NamedBytes... files) {
        return ingester.ingest(store, List.of(files), Progress.NONE);
    }

    private static List<String> languagesOf(Store store, String symbol) {
        return QueryRows.of(store, "documents", Map.of()).stream().filter(r -> symbol.equals(r.get("symbol"))).map(r -> r.get("language")).sorted().toList();
    }

    private static String text(String resource) {
        return new String(Fixtures.bytes(resource), StandardCharsets.UTF_8);
    }

    @Test
    void ingestAddsALanguageVersionBesideTheOnesBuilt() {
        try (Store store = builtFrom(Fixtures.RES_78_311_AR, Fixtures.RES_78_132_AR)) {
            Ingester.Result r = ingest(store, Fixtures.file(Fixtures.RES_78_311_EN));
            assertEquals(1, r.loadedCount(), r.toString());
            assertEquals(List.of("ar", "en"), languagesOf(store, "A/RES/78/311"));
            assertEquals(List.of("ar"), languagesOf(store, "A/RES/78/132"));
        }
    }

    @Test
    void ingestingTheSameFileAgainLeavesTheSameGraph() {
        try (Store store = builtFrom(Fixtures.RES_78_311_AR)) {
            ingest(store, Fixtures.file(Fixtures.RES_78_311_EN));
            long quads = store.quadCount();
            ingest(store, Fixtures.file(Fixtures.RES_78_311_EN));
            assertEquals(quads, store.quadCount());
            assertTrue(IndexConsistency.inStep(store));
        }
    }

    @Test
    void newVersionOfALanguageVersionReplacesTheOldOne() {
        try (Store store = builtFrom(Fixtures.RES_78_311_EN)) {
            byte[] pdf = TestPdfs.ofText(text(Fixtures.RES_78_311_EN));
            assertEquals(1, ingest(store, new NamedBytes("res-78-311-en.pdf", pdf)).loadedCount());
            StoredDocuments stored = new StoredDocuments(store.dataset(), new org.dcgraph.rdf.Iris(Fixtures.REFERENCE.base()));
            List<StoredDocuments.StoredSource> sources = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> stored.sourcesOf(ID + "A/RES/78/311"));
            assertEquals(1, sources.size());
            assertEquals(Digests.sha256(pdf), sources.get(0).sha256());
            assertTrue(IndexConsistency.inStep(store));
        }
    }

    @Test
    void resolutionIngestedAfterItsDraftIsAlignedWithIt() {
        try (Store store = builtFrom(Fixtures.DRAFT_L86_EN)) {
            assertEquals(List.of(), QueryRows.of(store, "alignment", Map.of("symbol", "A/78/L.86")));
            Ingester.Result r = ingest(store, Fixtures.file(Fixtures.RES_78_311_AR));
            assertEquals(1, r.loadedCount(), r.toString());
            try (Store together = builtFrom(Fixtures.DRAFT_L86_EN, Fixtures.RES_78_311_AR)) {
                List<Map<String, String>> expected = QueryRows.of(together, "alignment", Map.of("symbol", "A/78/L.86"));
                assertEquals(30, expected.size());
                assertEquals(expected, QueryRows.of(store, "alignment", Map.of("symbol", "A/78/L.86")));
            }
            assertEquals(List.of("en"), languagesOf(store, "A/78/L.86"));
        }
    }

    @Test
    void draftIngestedAfterItsResolutionGetsItsSymbolAndAlignment() {
        try (Store store = builtFrom(Fixtures.RES_78_311_AR)) {
            ingest(store, Fixtures.file(Fixtures.DRAFT_L86_EN));
            assertEquals(List.of("en"), languagesOf(store, "A/78/L.86"));
            assertEquals(30, QueryRows.of(store, "alignment", Map.of("symbol", "A/RES/78/311")).size());
        }
    }

    /**
     * Issue 17, point 9: the bundled draft sent again under another name, as UTF-16 or named .pdf made two drafts that
     * "could be A/78/L.86", and A/RES/78/311 lost its 28 sponsors and its 30 aligned paragraphs. Each copy replaces.
     */
    @Test
    void theSameDraftUnderAnotherNameOrEncodingReplacesIt() {
        try (Store store = builtFrom(Fixtures.DRAFT_L86_EN, Fixtures.RES_78_311_AR)) {
            List<Map<String, String>> documents = QueryRows.of(store, "documents", Map.of());
            String draft = text(Fixtures.DRAFT_L86_EN);
            List<NamedBytes> copies = List.of(
                    new NamedBytes("copy-of-the-draft.txt", Fixtures.bytes(Fixtures.DRAFT_L86_EN)),
                    new NamedBytes("draft-utf16.txt", draft.getBytes(StandardCharsets.UTF_16)),
                    new NamedBytes("draft.pdf", Fixtures.bytes(Fixtures.DRAFT_L86_EN)));
            for (NamedBytes copy : copies) {
                Ingester.Result r = ingest(store, copy);
                assertEquals(1, r.loadedCount(), copy.name() + ": " + r);
                assertTrue(r.notes().stream().noneMatch(n -> n.contains("drafts could be")), copy.name() + ": " + r.notes());
                assertEquals(28, QueryRows.of(store, "sponsors", Map.of("symbol", "A/RES/78/311")).size(), copy.name());
                assertEquals(30, QueryRows.of(store, "alignment", Map.of("symbol", "A/78/L.86")).size(), copy.name());
                assertEquals(documents, QueryRows.of(store, "documents", Map.of()), copy.name());
                assertTrue(IndexConsistency.inStep(store), copy.name());
            }
        }
    }

    @Test
    void theSameDraftTwiceInOneIngestInTwoEncodingsIsRefusedOnce() {
        try (Store store = builtFrom(Fixtures.RES_78_311_AR)) {
            String draft = text(Fixtures.DRAFT_L86_EN);
            Ingester.Result r = ingest(store, new NamedBytes("draft.txt", Fixtures.bytes(Fixtures.DRAFT_L86_EN)),
                                       new NamedBytes("draft-utf16.txt", draft.getBytes(StandardCharsets.UTF_16)));
            assertEquals(FileOutcome.skipped("draft-utf16.txt", "the same document and language as draft.txt in this ingest"), r.outcomes().get(1));
            assertEquals(28, QueryRows.of(store, "sponsors", Map.of("symbol", "A/RES/78/311")).size());
        }
    }

    @Test
    void documentKnownOnlyAsACitationIsFilledInWhenItArrives() {
        try (Store store = builtFrom(Fixtures.RES_78_311_EN)) {
            assertEquals(List.of(), languagesOf(store, "A/RES/78/132"));
            ingest(store, Fixtures.file(Fixtures.RES_78_132_EN));
            assertEquals(List.of("en"), languagesOf(store, "A/RES/78/132"));
            assertTrue(QueryRows.of(store, "citations", Map.of("symbol", "A/RES/78/311")).stream()
                    .anyMatch(r -> (ID + "A/RES/78/132").equals(r.get("cited"))));
        }
    }

    @Test
    void documentWhoseSymbolIsHeldByAnotherDocumentIsRefusedAndNothingChanges() {
        try (Store store = builtFrom(Fixtures.RES_78_311_EN)) {
            long quads = store.quadCount();
            // Resolution 78/132 (19 December 2023) printed with the symbol of 78/311 (1 July 2024).
            String impostor = text(Fixtures.RES_78_132_EN).replace("78/132", "78/311");
            Ingester.Result r = ingest(store, new NamedBytes("impostor.txt", impostor.getBytes(StandardCharsets.UTF_8)));
            assertEquals(List.of(FileOutcome.skipped("impostor.txt", "symbol A/RES/78/311 clashes with a different document already in the store ("
                    + ID + "A/RES/78/311, Resolution of 2024-07-01); this file is a General Assembly resolution of 2023-12-19")), r.outcomes());
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void secondFileOfTheSameDocumentAndLanguageInOneIngestIsRefused() {
        try (Store store = builtFrom(Fixtures.RES_78_311_AR)) {
            Ingester.Result r = ingest(store, Fixtures.file(Fixtures.RES_78_311_EN), new NamedBytes("copy.txt", Fixtures.bytes(Fixtures.RES_78_311_EN)));
            assertEquals(FileOutcome.skipped("copy.txt", "the same document and language as " + Fixtures.RES_78_311_EN + " in this ingest"), r.outcomes().get(1));
        }
    }

    @Test
    void unusableFilesAreRefusedEachWithItsReasonAndTheStoreIsUnchanged() {
        try (Store store = builtFrom(Fixtures.RES_78_311_AR)) {
            long quads = store.quadCount();
            String resolution = text(Fixtures.RES_78_311_EN);
            Ingester.Result r = ingest(store,
                    new NamedBytes("empty.txt", new byte[0]),
                    new NamedBytes("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}),
                    new NamedBytes("scan.pdf", TestPdfs.imageOnly()),
                    new NamedBytes("letter.txt", "Dear friends, the picnic is on Sunday at noon.".getBytes(StandardCharsets.UTF_8)),
                    new NamedBytes("truncated.txt", resolution.substring(0, resolution.indexOf("1. Resolves")).getBytes(StandardCharsets.UTF_8)));
            assertEquals(List.of(
                    FileOutcome.skipped("empty.txt", "empty file"),
                    FileOutcome.skipped("image.png", "binary file (contains NUL bytes), neither text nor PDF"),
                    FileOutcome.skipped("scan.pdf", "PDF with no text layer (1 page of images only): it needs OCR before it can be read"),
                    FileOutcome.skipped("letter.txt", "not a UN document this version recognises: its first page has no UN symbol, adoption line, report header or article abstract"),
                    FileOutcome.skipped("truncated.txt", "no operative paragraph was found")), r.outcomes());
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void titleOfADocumentHeldInTwoLanguagesIsFoundOnceInEach() {
        try (Store store = builtFrom(Fixtures.RES_78_311_AR)) {
            ingest(store, Fixtures.file(Fixtures.RES_78_311_EN));
            List<Map<String, String>> rows = QueryRows.of(store, "search", Map.of("q", "القدرات", "lang", "ar"));
            assertEquals(1, rows.stream().filter(r -> r.get("paragraph").equals(ID + "A/RES/78/311")).count(), rows.toString());
        }
    }

    private static final String ARTICLE = ID + "x/shkralhy-1403-hkmrany-jhany-hwsh";

    @Test
    void ingestedJournalArticleIsListedWithItsDateAndTitle() {
        try (Store store = builtFrom(Fixtures.RES_78_311_AR)) {
            Ingester.Result r = ingest(store, Fixtures.file(Fixtures.ARTICLE_FA));
            assertEquals(1, r.loadedCount(), r.toString());
            List<Map<String, String>> rows = QueryRows.of(store, "documents", Map.of()).stream().filter(row -> ARTICLE.equals(row.get("document"))).toList();
            assertEquals(List.of(Map.of("document", ARTICLE, "type", "http://purl.org/spar/fabio/JournalArticle", "language", "fa", "date", "2025-06-20",
                    "title", "حکمرانی جهانی هوش مصنوعی در خدمت منافع بشریت و نقش سازمان ملل")), rows);
        }
    }

    @Test
    void reingestedJournalArticleReplacesItselfRatherThanAddingACopy() {
        try (Store store = builtFrom(Fixtures.RES_78_311_AR)) {
            ingest(store, Fixtures.file(Fixtures.ARTICLE_FA));
            long quads = store.quadCount();
            assertEquals(1, ingest(store, Fixtures.file(Fixtures.ARTICLE_FA)).loadedCount());
            assertEquals(quads, store.quadCount());
            assertTrue(IndexConsistency.inStep(store));
        }
    }

    @Test
    void ingestedJournalArticleIsTaggedAndSearchableAsInABuild() {
        try (Store built = builtFrom(Fixtures.RES_78_311_AR, Fixtures.ARTICLE_FA); Store ingested = builtFrom(Fixtures.RES_78_311_AR)) {
            ingest(ingested, Fixtures.file(Fixtures.ARTICLE_FA));
            assertEquals(built.quadCount(), ingested.quadCount());
            assertEquals(built.searchIndex().entries(), ingested.searchIndex().entries());
        }
    }
}
