package org.dcgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.dcgraph.pipeline.NamedBytes;
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

/**
 * Named queries over what this work added, on a store built from the bundled corpus and A/RES/79/224: `lineage` from a
 * Panel recommendation through the road map to later resolutions and bodies, and the journal article
 * in `documents`.
 */
class LineageAndScholarshipQueriesTest {
    private static final String ID = "https://w3id.org/dcgraph/id/";
    private static final String FOLLOW_UP = "akn/A_RES_79_224-2424324E.xml";
    @TempDir
    static Path dir;
    private static Store store;
    private static QueryRunner runner;
    private static QueryCatalogue catalogue;

    @BeforeAll
    static void build() {
        store = Store.open(dir);
        // with a resolution adopted after the Compact that names it: A/RES/79/224 (human resources development)
        List<NamedBytes> corpus = new ArrayList<>(Fixtures.bundledCorpus());
        corpus.add(Fixtures.file(FOLLOW_UP));
        new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, corpus, false);
        runner = new QueryRunner(store.dataset(), QueryLimits.defaults());
        catalogue = QueryCatalogue.fromDirectory(Path.of("queries"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<List<String>> rows(String code) {
        return rows("lineage", Map.of("code", code), "recommendation", "step", "document", "paragraph");
    }

    private static List<List<String>> rows(String query, Map<String, String> params, String... columns) {
        RowSetRewindable rs = runner.run(catalogue.get(query), params);
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.next();
            rows.add(Stream.of(columns).map(v -> {
                var n = b.get(v);
                if (n == null) return "";
                return n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI().startsWith(ID) ? n.getURI().substring(ID.length()) : n.getURI();
            }).toList());
        }
        return rows;
    }

    @Test
    void documentsListsTheJournalArticleWithItsPublicationDateAndPersianTitle() {
        List<List<String>> article = rows("documents", Map.of(), "document", "symbol", "type", "language", "date", "title").stream()
                .filter(r -> r.get(0).startsWith("doc/x/")).toList();
        assertEquals(List.of(List.of("doc/x/shkralhy-1403-hkmrany-jhany-hwsh", "", "http://purl.org/spar/fabio/JournalArticle", "fa", "2025-06-20",
                "حکمرانی جهانی هوش مصنوعی در خدمت منافع بشریت و نقش سازمان ملل")), article);
    }

    private static List<String> row(String step, String document, String paragraph) {
        return List.of("recommendation/3C", step, document, paragraph);
    }

    @Test
    void recommendation3cLeadsThroughTheRoadMapAndTheCompactToTheResolutionParagraphsOnAiAndToTheAdvisoryBodyOnAi() {
        List<List<String>> expected = new ArrayList<>();
        // the road map's section III.C (human rights and human agency) carries the heading of recommendation 3C
        // (artificial intelligence) before its paragraphs 53 to 57; section III.D opens at paragraph 58
        expected.add(row("road-map-section", "doc/A/74/821", "doc/A/74/821/sec/III.C"));
        for (int p = 53; p <= 57; p++) expected.add(row("road-map-paragraph", "doc/A/74/821", "doc/A/74/821/para/" + p));
        // the Global Digital Compact (annex I of A/RES/79/1): the section of its objective 5 (the international governance
        // of artificial intelligence), that objective's paragraphs 50 to 63, and six earlier paragraphs that speak of AI
        String compact = "doc/A/RES/79/1/annex/1";
        // by dcgraph's curated reading (ontology/compact-correspondences.ttl), objective 5 carries recommendation 3C
        expected.add(row("compact-objective", compact, compact + "/objective/5"));
        expected.add(row("compact-paragraph", compact, compact + "/sec/h20"));
        IntStream.of(7, 8, 14, 17, 36, 37, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 63)
                .forEach(p -> expected.add(row("compact-paragraph", compact, compact + "/para/" + p)));
        for (int op : List.of(50, 56)) expected.add(row("resolution-paragraph", "doc/A/RES/78/132", "doc/A/RES/78/132/op/" + op));
        for (int pp : List.of(3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)) {
            expected.add(row("resolution-paragraph", "doc/A/RES/78/311", "doc/A/RES/78/311/pp/" + pp));
        }
        IntStream.rangeClosed(1, 15).filter(op -> op != 12)
                .forEach(op -> expected.add(row("resolution-paragraph", "doc/A/RES/78/311", "doc/A/RES/78/311/op/" + op)));
        // the Pact for the Future's own paragraphs 48 and 51, which speak of artificial intelligence
        for (int p : List.of(48, 51)) expected.add(row("resolution-paragraph", "doc/A/RES/79/1", "doc/A/RES/79/1/para/" + p));
        // A/RES/79/224 speaks of artificial intelligence in preambular paragraph 20 and operative paragraph 11
        expected.add(row("resolution-paragraph", "doc/A/RES/79/224", "doc/A/RES/79/224/pp/20"));
        expected.add(row("resolution-paragraph", "doc/A/RES/79/224", "doc/A/RES/79/224/op/11"));
        // the High-level Advisory Body on AI, named by A/RES/78/311 and by the Compact's paragraph 63
        expected.add(row("body", "body/HLAB-AI", "doc/A/RES/78/311/op/14"));
        expected.add(row("body", "body/HLAB-AI", compact + "/para/63"));
        assertEquals(expected, rows("3C"));
    }

    @Test
    void recommendation1aArrivesInTheCompactsFirstObjectiveByACuratedLinkThatNamesItsSourceAndEvidence() {
        String compact = "doc/A/RES/79/1/annex/1";
        String reading = "dcgraph's reading of the Panel's recommendations against the Global Digital Compact (2026-12-07)";
        List<List<String>> compactRows = rows("lineage", Map.of("code", "1A"), "step", "paragraph", "source").stream()
                .filter(r -> r.get(0).startsWith("compact-")).toList();
        // the curated objective, then the Compact's paragraphs by print order: its sub-points 11 (b) and (c) are the
        // evidence of the link (connecting the remaining 2.6 billion people, affordable infrastructure), as is
        // paragraph 10; the others share the recommendation's topic (connectivity) and carry no source
        assertEquals(List.of(
                List.of("compact-objective", compact + "/objective/1", reading),
                List.of("compact-paragraph", compact + "/sec/h5", ""),
                List.of("compact-paragraph", compact + "/para/10", reading),
                List.of("compact-paragraph", compact + "/para/11", ""),
                List.of("compact-paragraph", compact + "/para/11/b", reading),
                List.of("compact-paragraph", compact + "/para/11/c", reading),
                List.of("compact-paragraph", compact + "/para/12", ""),
                List.of("compact-paragraph", compact + "/para/17", ""),
                List.of("compact-paragraph", compact + "/para/29", "")), compactRows);
    }

    @Test
    void aResolutionAdoptedAfterTheCompactThatNamesItFollowsUpTheRecommendationsItCarries() {
        // A/RES/79/224 (19 December 2024), preambular paragraph 21: "Recognizing also that the commitments in the Global
        // Digital Compact that are relevant to human resources development ..." shares 5A's topic (the architecture of
        // digital cooperation); A/RES/78/311 (1 July 2024) names the Compact too, but before it was adopted
        List<List<String>> followUps = rows("5A").stream().filter(r -> r.get(1).equals("compact-follow-up")).toList();
        assertEquals(List.of(List.of("recommendation/5A", "compact-follow-up", "doc/A/RES/79/224", "doc/A/RES/79/224/pp/21")), followUps);
    }

    @Test
    void aCodeNoRecommendationHasGivesNoRows() {
        assertEquals(List.of(), rows("9Z"));
    }
}
