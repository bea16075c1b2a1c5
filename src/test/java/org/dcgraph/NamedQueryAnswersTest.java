package org.dcgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.query.QueryLimits;
import org.dcgraph.query.QueryRunner;
import org.dcgraph.store.Store;
import org.dcgraph.store.StoreBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The named queries of the catalogue, answered from a TDB2 store built from the bundled corpus. */
class NamedQueryAnswersTest {
    private static final String ID = "https://w3id.org/dcgraph/id/";
    @TempDir
    static Path dir;
    private static Store store;
    private static QueryRunner runner;
    private static QueryCatalogue catalogue;

    @BeforeAll
    static void build() {
        store = Store.open(dir);
        new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, Fixtures.bundledCorpus(), false);
        runner = new QueryRunner(store.dataset(), QueryLimits.defaults());
        catalogue = QueryCatalogue.fromDirectory(Path.of("queries"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Map<String, String>> rows(String name, Map<String, String> params) {
        return QueryRows.of(runner.run(catalogue.get(name), params));
    }

    @Test
    void documentsListsTheFiveDocumentsWithTheirTypesDatesAndLanguages() {
        List<Map<String, String>> rows = rows("documents", Map.of()).stream().filter(r -> r.containsKey("symbol")).toList();
        // A/RES/79/1, the Pact for the Future, is bundled in the six languages (the UN's Akoma Ntoso)
        assertEquals(List.of("A/74/821", "A/RES/78/132", "A/78/L.86", "A/RES/78/311", "A/RES/79/1", "A/RES/79/1", "A/RES/79/1",
                        "A/RES/79/1", "A/RES/79/1", "A/RES/79/1"), rows.stream().map(r -> r.get("symbol")).toList());
        assertEquals(Arrays.asList(null, "2023-12-19", "2024-06-25", "2024-07-01", "2024-09-22", "2024-09-22", "2024-09-22",
                "2024-09-22", "2024-09-22", "2024-09-22"), rows.stream().map(r -> r.get("date")).toList());
        assertEquals(List.of("ar", "ar", "en", "ar", "ar", "en", "es", "fr", "ru", "zh"), rows.stream().map(r -> r.get("language")).toList());
        assertEquals("https://w3id.org/dcgraph/ontology#Report", rows.get(0).get("type"));
        assertEquals("https://w3id.org/dcgraph/ontology#DraftResolution", rows.get(2).get("type"));
    }

    @Test
    void paragraphsOfTheResolutionComeInOrderWithKindNumberAndVerb() {
        List<Map<String, String>> rows = rows("paragraphs", Map.of("symbol", "A/RES/78/311"));
        assertEquals(30, rows.size());
        assertEquals(Map.of("paragraph", ID + "doc/A/RES/78/311/pp/1", "kind", "preambular", "number", "1", "verb", "Reaffirming"),
                withoutText(rows.get(0)));
        assertEquals(Map.of("paragraph", ID + "doc/A/RES/78/311/op/15", "kind", "operative", "number", "15", "verb", "Requests"),
                withoutText(rows.get(29)));
        assertTrue(rows.get(29).get("text").startsWith("تطلب إلى الأمين العام"));
    }

    @Test
    void paragraphsCanBeLimitedToALanguageTheDocumentLacks() {
        assertEquals(0, rows("paragraphs", Map.of("symbol", "A/RES/78/311", "lang", "en")).size());
    }

    @Test
    void citationsIncludeThoseMadeThroughFootnotes() {
        List<Map<String, String>> rows = rows("citations", Map.of("symbol", "A/RES/78/132"));
        List<String> cited = rows.stream().map(r -> r.get("citedSymbol")).toList();
        assertTrue(cited.containsAll(List.of("A/RES/56/183", "E/RES/2006/46", "A/RES/70/1", "E/RES/2023/3", "A/74/821")), cited.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("citingSymbol").equals("A/RES/78/132")));
    }

    /**
     * The query reads from the document when a symbol is given and from the statements when not: both must agree.
     * A/RES/78/311's mandates are one row per request: its op/2 asks twice ("...، وتشجع المجتمع الدولي ...").
     * A/RES/78/132 cites two joint documents in its notes 9 and 15 (A/78/62-E/2023/49), each under both its symbols.
     */
    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({"citations, A/RES/78/132, citing, 87", "citations, A/RES/78/311, citing, 9", "mandates, A/RES/78/311, paragraph, 24",
            "bodies, A/RES/78/311, document, 7", "bodies, A/74/821, document, 11"})
    void symbolGivesExactlyThatDocumentsRowsOfTheAnswerWithoutIt(String query, String symbol, String column, int count) {
        String document = ID + "doc/" + symbol;
        List<Map<String, String>> all = rows(query, Map.of()).stream()
                .filter(r -> r.get(column).equals(document) || r.get(column).startsWith(document + "/")).toList();
        assertEquals(count, all.size());
        assertEquals(all, rows(query, Map.of("symbol", symbol)));
    }

    @Test
    void sponsorsOfTheDraftAreFoundFromItsResolution() {
        List<Map<String, String>> rows = rows("sponsors", Map.of("symbol", "A/RES/78/311"));
        assertEquals(28, rows.size());
        assertEquals(Map.of("country", ID + "country/DZA", "iso3", "DZA", "name", "Algeria", "role", "sponsor", "nonMember", "false"),
                rows.get(0));
        assertEquals(rows, rows("sponsors", Map.of("symbol", "A/78/L.86")));
    }

    @Test
    void bodiesCountTheParagraphsThatNameThem() {
        List<Map<String, String>> rows = rows("bodies", Map.of("symbol", "A/RES/78/311"));
        Map<String, String> sg = rows.stream().filter(r -> r.get("body").equals(ID + "body/SG")).findFirst().orElseThrow();
        assertEquals("1", sg.get("mentions"));
        assertEquals(ID + "doc/A/RES/78/311", sg.get("document"));
    }

    @Test
    void bodiesCountTheAnnexesParagraphsAndTheArticlesWholeText() {
        // the Internet Governance Forum is named in the Compact (annex I of A/RES/79/1), not in the Pact's own paragraphs
        assertTrue(rows("bodies", Map.of("symbol", "A/RES/79/1")).stream().anyMatch(r -> r.get("body").equals(ID + "body/IGF")));
        // the Persian article discusses bodies by name in its text as a whole: it is one place for each
        List<Map<String, String>> article = rows("bodies", Map.of()).stream()
                .filter(r -> r.get("document").equals(ID + "doc/x/shkralhy-1403-hkmrany-jhany-hwsh")).toList();
        assertEquals(20, article.size(), article.toString());
        assertTrue(article.stream().allMatch(r -> r.get("mentions").equals("1")));
        assertTrue(article.stream().anyMatch(r -> r.get("body").equals(ID + "body/HLAB-AI")), article.toString());
    }

    @Test
    void mandatesGiveTheAddresseeAndTheDeadline() {
        List<Map<String, String>> rows = rows("mandates", Map.of("symbol", "A/RES/78/311"));
        Map<String, String> request = rows.get(rows.size() - 1);
        assertEquals(Map.of("paragraph", ID + "doc/A/RES/78/311/op/15", "verb", "Requests", "addressee", ID + "body/SG",
                "deadline", "80th session"), request);
    }

    @Test
    void alignmentPairsEveryParagraphOfTheResolutionWithItsDraft() {
        List<Map<String, String>> rows = rows("alignment", Map.of("symbol", "A/RES/78/311"));
        assertEquals(30, rows.size());
        assertEquals(Map.of("paragraph", ID + "doc/A/RES/78/311/op/9", "counterpart", ID + "doc/A/78/L.86/op/9",
                "counterpartSymbol", "A/78/L.86"), rows.get(23));
    }

    @Test
    void sdgsAreTheGoalsTheResolutionNamesInItsOwnWords() {
        List<String> goals = rows("sdgs", Map.of()).stream()
                .filter(r -> r.get("document").equals(ID + "doc/A/RES/78/311")).map(r -> r.get("goal")).toList();
        assertEquals(List.of("http://metadata.un.org/sdg/1", "http://metadata.un.org/sdg/4", "http://metadata.un.org/sdg/5",
                "http://metadata.un.org/sdg/9", "http://metadata.un.org/sdg/17"), goals);
    }

    @Test
    void recommendationsAnswerMatchesItsGoldenFile() {
        List<String> golden = new String(Fixtures.bytes("golden/recommendations.csv"), java.nio.charset.StandardCharsets.UTF_8)
                .lines().filter(l -> !l.startsWith("#")).toList();
        List<String> columns = List.of(golden.get(0).split(","));
        List<String> answer = new ArrayList<>(List.of(String.join(",", columns)));
        for (Map<String, String> row : rows("recommendations", Map.of())) {
            answer.add(String.join(",", columns.stream().map(c -> row.getOrDefault(c, "")).toList()));
        }
        assertEquals(golden, answer);
    }

    @Test
    void paragraphsOfTheRoadMapAreNumberedParagraphsUnderParaIris() {
        List<Map<String, String>> rows = rows("paragraphs", Map.of("symbol", "A/74/821"));
        assertEquals(96, rows.size());
        assertEquals(Map.of("paragraph", ID + "doc/A/74/821/para/1", "kind", "numbered", "number", "1"), withoutText(rows.get(0)));
        assertEquals(ID + "doc/A/74/821/para/96", rows.get(95).get("paragraph"));
    }

    @Test
    void missingRequiredParameterIsRefusedWithItsName() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> rows("sponsors", Map.of()));
        assertTrue(e.getMessage().contains("symbol"), e.getMessage());
    }

    private static Map<String, String> withoutText(Map<String, String> row) {
        Map<String, String> copy = new java.util.HashMap<>(row);
        copy.remove("text");
        return copy;
    }
}
