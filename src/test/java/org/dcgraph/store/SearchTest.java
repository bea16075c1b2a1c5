package org.dcgraph.store;

import org.dcgraph.QueryRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The named query {@code search} over the full-text index of a store built from the bundled corpus. */
class SearchTest {
    private static final String RES_78_311 = "https://w3id.org/dcgraph/id/doc/A/RES/78/311";
    private static final String DRAFT_L86 = "https://w3id.org/dcgraph/id/doc/A/78/L.86";
    private static Store store;

    @BeforeAll
    static void build() {
        store = Store.inMemory();
        new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, Fixtures.bundledCorpus(), true);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<Map<String, String>> search(Store store, Map<String, String> params) {
        return QueryRows.of(store, "search", params);
    }

    private static List<String> paragraphs(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("paragraph")).toList();
    }

    @Test
    void arabicSearchFindsAWordUnderItsInflectedForm() {
        // Operative paragraph 3 of A/RES/78/311 says "بناء قدرات", never "القدرات".
        List<Map<String, String>> rows = search(store, Map.of("q", "القدرات", "lang", "ar", "symbol", "A/RES/78/311"));
        assertTrue(paragraphs(rows).contains(RES_78_311 + "/op/3"), rows.toString());
    }

    @Test
    void searchWithoutLanguageUsesEachLanguagesAnalyzer() {
        assertTrue(paragraphs(search(store, Map.of("q", "القدرات"))).contains(RES_78_311 + "/op/3"));
    }

    @Test
    void englishSearchFindsStemmedForms() {
        // "capacities" is stemmed to the same term as "capacity" in the draft's preamble.
        List<Map<String, String>> rows = search(store, Map.of("q", "capacities", "lang", "en"));
        assertTrue(rows.stream().anyMatch(r -> r.get("document").equals(DRAFT_L86)), rows.toString());
    }

    @Test
    void symbolKeepsTheSearchToOneDocument() {
        List<Map<String, String>> rows = search(store, Map.of("q", "القدرات", "symbol", "A/RES/78/311"));
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.get("document").equals(RES_78_311)), rows.toString());
    }

    @Test
    void snippetBracketsTheMatchedWords() {
        List<Map<String, String>> rows = search(store, Map.of("q", "القدرات", "lang", "ar", "symbol", "A/RES/78/311"));
        String snippet = rows.stream().filter(r -> r.get("paragraph").equals(RES_78_311 + "/op/3")).findFirst().orElseThrow().get("snippet");
        assertTrue(snippet.contains("⟦قدرات⟧"), snippet);
    }

    @Test
    void documentTitlesAreSearched() {
        List<Map<String, String>> rows = search(store, Map.of("q", "\"capacity-building of artificial intelligence\"", "lang", "en"));
        assertTrue(paragraphs(rows).contains(DRAFT_L86), rows.toString());
    }

    @Test
    void otherLanguageFindsNothingInArabicTexts() {
        assertEquals(List.of(), search(store, Map.of("q", "القدرات", "lang", "en")));
    }

    @Test
    void roadMapIsFoundThroughItsRepairedArabicText() {
        List<Map<String, String>> rows = search(store, Map.of("q", "\"التعاون الرقمي\"", "lang", "ar", "symbol", "A/74/821"));
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.get("document").equals("https://w3id.org/dcgraph/id/doc/A/74/821")), rows.toString());
    }
}
