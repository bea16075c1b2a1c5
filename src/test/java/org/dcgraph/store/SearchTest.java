package org.dcgraph.store;

import org.dcgraph.QueryRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dcgraph.Fixtures;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.query.NamedQuery;
import org.dcgraph.query.Page;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.query.QueryLimits;
import org.dcgraph.query.QueryRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The named query {@code search} over the full-text index of a store built from the bundled corpus. */
class SearchTest {
    private static final String RES_78_311 = "https://w3id.org/dcgraph/id/doc/A/RES/78/311";
    private static final String DRAFT_L86 = "https://w3id.org/dcgraph/id/doc/A/78/L.86";
    /** The best row of a Chinese search: two words found side by side are marked as one. */
    private static final Map<String, String> CHINESE_BEST = Map.of(
            "paragraph", "https://w3id.org/dcgraph/id/doc/A/RES/79/1/annex/1/para/5",
            "document", "https://w3id.org/dcgraph/id/doc/A/RES/79/1/annex/1",
            "score", "13.630268",
            "snippet", "我们有推进工作的坚实基础。我们的⟦数字合作⟧基于国际法，包括《联合国宪章》、国际人权法和《2030年可持续发展议程》。"
                       + " 我们继续致力于落实《日内瓦原则宣言》和《行动计划》 以及《信息社会突尼斯议程》 所体现的信息社会世界峰会成果。"
                       + "联合国为我们所需的全球⟦数字合作⟧提供了一个关键平台，我们将利用现有的进程开展⟦合作⟧。");
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

    /**
     * The query as it was before snippets were cut for the kept rows only: jena-text highlighting every hit. The
     * named query must answer as it did, row for row, term for term (snippets' language tags included). Both old
     * queries take a journal article's sections (dct:isPartOf) as parts, as the named query has since they were kept.
     */
    private static final String HIGHLIGHTING_EVERY_HIT = "search-highlighting-every-hit.rq";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            القدرات              | ar |
            القدرات              |    |
            القدرات              | ar | A/RES/78/311
            "التعاون الرقمي"       | ar | A/74/821
            capacity-building    | en |
            cooperation          |    |
            "digital cooperation" OR capacities | en |
            numérique            | fr |
            digital              | es |
            цифрового            | ru |
            数字                  | zh |
            人工智能               |    |
            développement        | fr |
            "artificial intelligence" | en |
            """)
    void answersAsJenaTextsOwnHighlightingDid(String words, String language, String symbol) throws Exception {
        Map<String, String> parameters = parameters(words, language, symbol);
        QueryRunner runner = new QueryRunner(store.dataset(), QueryLimits.defaults());
        List<List<Node>> expected = terms(runner.run(former(HIGHLIGHTING_EVERY_HIT, 100), parameters));
        assertFalse(expected.isEmpty(), "a search that finds something: " + parameters);
        assertEquals(expected, terms(runner.run(QueryCatalogue.fromDirectory(Path.of("queries")).get("search"), parameters)));
    }

    /**
     * The query as it was before Lucene kept only the best hits: text:query reading every hit, the join back to
     * paragraphs and documents dropping those that make no row (1a9a29c).
     */
    private static final String READING_EVERY_HIT = "search-reading-every-hit.rq";

    /**
     * Where the best rows are fewer than the texts found, Lucene keeps only some hits: the rows must still be those
     * the former query chose among every hit (titles of language versions among the best dropped, equal scores at
     * the last row kept, a symbol's other documents, its annexes' paragraphs kept, another language left out).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cooperation          | en | A/RES/79/1   | 100
            "Internet Governance Forum" |  | A/RES/79/1 | 100
            cooperation          |    | A/RES/79/1   | 100
            cooperation          | fr |              | 100
            cooperation          |    |              | 1
            cooperation          |    |              | 7
            cooperation          | en |              | 3
            cooperation          | en | A/RES/79/1   | 5
            "artificial intelligence" | en |         | 2
            "artificial intelligence" | en |         | 9
            intelligence         | fr |              | 4
            القدرات              | ar | A/RES/78/311 | 2
            القدرات              |    |              | 6
            数字                  | zh |              | 3
            """)
    void keepsTheBestRowsAtAnyLimit(String words, String language, String symbol, int limit) throws Exception {
        Map<String, String> parameters = parameters(words, language, symbol);
        QueryRunner runner = new QueryRunner(store.dataset(), QueryLimits.defaults());
        List<List<Node>> expected = terms(runner.run(former(READING_EVERY_HIT, limit), parameters));
        assertFalse(expected.isEmpty(), "a search that finds something: " + parameters);
        if (limit < 100) assertEquals(limit, expected.size(), "a search that finds more than it keeps: " + parameters);
        String search = Files.readString(Path.of("queries", "search.rq"));
        String limited = search.replace("LIMIT 100", "LIMIT " + limit).replace("?symbol 100)", "?symbol " + limit + ")");
        assertEquals(expected, terms(runner.run(NamedQuery.parse("search", limited), parameters)));
    }

    /**
     * A symbol is looked for among the texts whose subject is its document's IRI or one under it (store/TextSearch):
     * every text's paragraph, footnote, section or annex lies under its document's IRI, and an annex under its
     * resolution's.
     */
    @Test
    void everyTextLiesUnderItsDocumentsIri() {
        String outside = """
                PREFIX dcg: <https://w3id.org/dcgraph/ontology#>
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                SELECT ?text ?whole WHERE {
                  { ?text dcg:text ?words } UNION { ?text eli:title ?words }
                  { ?text eli:is_part_of ?whole } UNION { ?text eli:is_part_of ?annex . ?annex a dcg:Annex ; eli:is_part_of ?whole }
                  FILTER(!STRSTARTS(STR(?text), CONCAT(STR(?whole), "/")))
                }""";
        List<String> rows = Txn.calculateRead(store.dataset(), () -> {
            List<String> found = new ArrayList<>();
            QueryExec.dataset(store.dataset()).query(outside).select().forEachRemaining(row -> found.add(row.toString()));
            return found;
        });
        assertEquals(List.of(), rows);
    }

    private static Map<String, String> parameters(String words, String language, String symbol) {
        Map<String, String> parameters = new java.util.HashMap<>(Map.of("q", words.strip()));
        if (language != null) parameters.put("lang", language);
        if (symbol != null) parameters.put("symbol", symbol);
        return parameters;
    }

    /** A former query kept as a resource, its best {@code limit} rows. */
    private static NamedQuery former(String resource, int limit) throws java.io.IOException {
        try (var in = SearchTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return NamedQuery.parse("search", text.replace("LIMIT 100", "LIMIT " + limit));
        }
    }

    private static List<List<Node>> terms(RowSet rows) {
        List<List<Node>> terms = new ArrayList<>();
        rows.forEachRemaining(row -> terms.add(rows.getResultVars().stream().map(row::get).toList()));
        return terms;
    }

    @Test
    void pageCutsOnlyTheRowsItShows() {
        Map<String, String> parameters = Map.of("q", "cooperation");
        QueryRunner runner = new QueryRunner(store.dataset(), QueryLimits.defaults());
        NamedQuery search = QueryCatalogue.fromDirectory(Path.of("queries")).get("search");
        List<List<Node>> whole = terms(runner.run(search, parameters));
        assertEquals(whole.subList(5, 15), terms(runner.run(search, parameters, new Page(5, 10))));
    }

    @Test
    void chineseSnippetMarksTheWordsFound() {
        List<Map<String, String>> rows = search(store, Map.of("q", "数字合作", "lang", "zh"));
        assertEquals(CHINESE_BEST, rows.get(0), rows.toString());
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
    void symbolKeepsTheParagraphsOfTheResolutionsAnnexes() {
        // the Global Digital Compact (annex I of A/RES/79/1) names the Internet Governance Forum under "Internet governance"
        List<Map<String, String>> rows = search(store, Map.of("q", "\"Internet Governance Forum\"", "lang", "en", "symbol", "A/RES/79/1"));
        assertTrue(rows.stream().anyMatch(r -> r.get("paragraph").startsWith("https://w3id.org/dcgraph/id/doc/A/RES/79/1/annex/1/para/")), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("document").startsWith("https://w3id.org/dcgraph/id/doc/A/RES/79/1")), rows.toString());
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
    void persianSearchFindsTheJournalArticlesSections() {
        // "هوش" (intelligence) stands in the Persian abstract and in all seven sections of the bundled article, whose
        // parts are dct:isPartOf it, not eli:is_part_of
        String article = "https://w3id.org/dcgraph/id/doc/x/shkralhy-1403-hkmrany-jhany-hwsh";
        List<Map<String, String>> rows = search(store, Map.of("q", "هوش", "lang", "fa"));
        assertEquals(8, rows.size(), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("document").equals(article)), rows.toString());
        assertTrue(paragraphs(rows).containsAll(List.of(article + "/abstract/fa", article + "/sec/introduction", article + "/sec/conclusion")));
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
