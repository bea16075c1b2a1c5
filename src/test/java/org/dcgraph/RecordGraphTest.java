package org.dcgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
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

/**
 * The bundled corpus built together with the Akoma Ntoso fixtures: one work per resolution with an expression
 * per language whatever the source, what only the markup gives, the disagreements between sources, and the
 * named queries that need a record of many resolutions.
 */
class RecordGraphTest {
    private static final String ID = "https://w3id.org/dcgraph/id/doc/";
    private static final String PREFIXES = """
            PREFIX dcg: <https://w3id.org/dcgraph/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;
    private static Store store;
    private static StoreBuilder.Outcome outcome;
    private static QueryRunner runner;
    private static QueryCatalogue catalogue;

    @BeforeAll
    static void build() {
        store = Store.inMemory();
        List<NamedBytes> files = new ArrayList<>(Fixtures.bundledCorpus());
        files.addAll(Fixtures.aknFiles());
        outcome = new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, files, false);
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

    private static List<Map<String, String>> select(String sparql) {
        return Txn.calculateRead(store.dataset(), () -> QueryRows.of(QueryExec.dataset(store.dataset()).query(PREFIXES + sparql).select().rewindable()));
    }

    private static Set<String> column(List<Map<String, String>> rows, String name) {
        Set<String> values = new TreeSet<>();
        rows.forEach(r -> values.add(r.get(name)));
        return values;
    }

    @Test
    void theArabicTextAndTheSixAkomaNtosoFilesAreOneWorkWithSixExpressions() {
        assertEquals(Set.of("ar", "en", "es", "fr", "ru", "zh"), column(select(
                "SELECT ?lang WHERE { <" + ID + "A/RES/78/311> eli:is_realized_by ?e . ?e dct:language ?lang }"), "lang"));
    }

    @Test
    void anOperativeParagraphIsOneResourceWithItsWordsInSixLanguages() {
        assertEquals(Set.of("ar", "en", "es", "fr", "ru", "zh"), column(select(
                "SELECT (LANG(?t) AS ?lang) WHERE { <" + ID + "A/RES/78/311/op/1> dcg:text ?t }"), "lang"));
    }

    @Test
    void textAndMarkupGiveTheWorkTheSameAkomaNtosoName() {
        assertEquals(Set.of("/akn/un/statement/deliberation/unga/2024-07-01/78-311/"), column(select(
                "SELECT ?name WHERE { <" + ID + "A/RES/78/311> dcg:akomaNtosoName ?name }"), "name"));
    }

    @Test
    void mandatesGiveEachRequestOnceThoughTheResolutionHasSixLanguageVersions() {
        List<Map<String, String>> rows = rows("mandates", Map.of("symbol", "A/RES/78/311"));
        assertEquals(rows.stream().distinct().toList(), rows);
        // one row per request and addressee, as the English version reads them (the earliest of the six: the others
        // keep their words): op/2 asks twice ("...; and encourages the international community and all relevant
        // stakeholders"), op/5 asks "Member States, in particular developed countries and those developing
        // countries", op/8 names six groups; op/11's "United Nations system" is where resources are, not whom it
        // asks; a request has one verb for all six versions (where Russian says Рекомендует for Encourages or Arabic
        // تدعو for Calls upon, that is a recorded disagreement)
        assertEquals(26, rows.size(), rows.toString());
        assertEquals(List.of("Encourages"), rows.stream().filter(r -> r.get("paragraph").endsWith("/op/8"))
                .map(r -> r.get("verb")).distinct().toList());
    }

    @Test
    void aSecondRequestIsAMandateOfItsOwnWithItsOwnAddressee() {
        assertEquals(Set.of("https://w3id.org/dcgraph/id/group/international-community", "https://w3id.org/dcgraph/id/group/stakeholders"),
                column(select("SELECT ?a WHERE { <" + ID + "A/RES/78/311/op/2> dcg:mandate ?m . ?m dcg:position 2 ; dcg:addressee ?a }"), "a"));
    }

    @Test
    void aTreatyCitedByItsTreatySeriesNumberIsADocumentOfItsOwn() {
        // A/RES/78/148, footnote 16: "United Nations, Treaty Series, vol. 1409, No. 23583." (the TIR Convention); 17: "Ibid., vol. 1079, No. 16510."
        assertEquals(Set.of("1409"), column(select("SELECT ?vol WHERE { <" + ID + "A/RES/78/148/fn/16> eli:cites ?t . "
                + "?t dcg:treatySeriesNumber 23583 ; dcg:treatySeriesVolume ?vol }"), "vol"));
        assertEquals(Set.of(ID + "x/unts-23583"), column(select("SELECT ?t WHERE { ?t dcg:treatySeriesNumber 23583 }"), "t"));
        assertEquals(Set.of(ID + "x/unts-16510"), column(select("SELECT ?t WHERE { <" + ID + "A/RES/78/148/fn/17> eli:cites ?t }"), "t"));
    }

    @Test
    void eachLanguageVersionKeepsTheEidOfItsParagraphs() {
        assertEquals(Set.of("para_17"), column(select(
                "SELECT ?id WHERE { GRAPH <https://w3id.org/dcgraph/graph/A/RES/78/311/en> { <" + ID + "A/RES/78/311/op/1> dcg:akomaNtosoId ?id } }"), "id"));
    }

    @Test
    void unbisKeywordsAreSubjectsWithTheirLabels() {
        assertEquals(Set.of("ARTIFICIAL INTELLIGENCE"), column(select(
                "SELECT ?label WHERE { <" + ID + "A/RES/78/311> dct:subject ?k . ?k skos:prefLabel ?label FILTER(?k = <http://metadata.un.org/thesaurus/1000401>) }"), "label"));
    }

    /** A/RES/78/273, adopted by a recorded vote of 80 to 12, with 37 abstentions (the UN's Akoma Ntoso, English). */
    @Test
    void votesGiveEachStatesVoteOnARecordedVote() {
        List<Map<String, String>> votes = rows("votes", Map.of("symbol", "A/RES/78/273"));
        assertEquals(List.of("country", "iso3", "name", "vote"), catalogue.get("votes").columns());
        assertEquals(129, votes.size());
        assertEquals(12, votes.stream().filter(r -> r.get("vote").equals("against")).count());
        assertEquals(37, votes.stream().filter(r -> r.get("vote").equals("abstained")).count());
        assertTrue(votes.contains(Map.of("country", ID.replace("doc/", "") + "country/CUB", "iso3", "CUB", "name", "Cuba", "vote", "against")), votes.toString());
        assertTrue(votes.stream().anyMatch(r -> r.get("iso3").equals("DZA") && r.get("vote").equals("abstained")));
        assertTrue(votes.stream().anyMatch(r -> r.get("iso3").equals("USA") && r.get("vote").equals("in favour")));
        // adopted without a vote: no rows
        assertEquals(List.of(), rows("votes", Map.of("symbol", "A/RES/78/311")));
    }

    @Test
    void votingRecordAndAgreementOfTwoStates() {
        List<Map<String, String>> cuba = rows("voting-record", Map.of("country", "CUB"));
        assertEquals(List.of("A/RES/78/273"), cuba.stream().map(r -> r.get("symbol")).toList());
        assertEquals("against", cuba.get(0).get("vote"));
        assertEquals(List.of(Map.of("same", "1", "votes", "1")), rows("agreement", Map.of("country", "CUB", "other", "CHN")));
        assertEquals(List.of(Map.of("same", "0", "votes", "1")), rows("agreement", Map.of("country", "CUB", "other", "USA")));
    }

    @Test
    void theRecordedVoteIsCountedAndEachCountryPlaced() {
        List<Map<String, String>> r = select("SELECT ?for (COUNT(DISTINCT ?no) AS ?against) WHERE { <" + ID
                + "A/RES/78/273> dcg:votesInFavour ?for ; dcg:votedAgainst ?no } GROUP BY ?for");
        assertEquals(List.of(Map.of("for", "80", "against", "12")), r);
    }

    @Test
    void theAnnexIsAPartWithItsWords() {
        assertEquals(Set.of(ID + "A/RES/77/5/annex/1"), column(select(
                "SELECT ?a WHERE { <" + ID + "A/RES/77/5> dcg:annex ?a . ?a a dcg:Annex ; dcg:text ?t }"), "a"));
    }

    /**
     * The printed English of A/RES/78/148 sets two preambular paragraphs apart that its markup has as one (30 in the
     * text, 34 in the markup): both claims stay, each with its source. (The Arabic A/RES/78/132 no longer disagrees:
     * the markup's paragraph 18, whose number is printed in its words, is read as numbered, 59 as in the text.)
     */
    @Test
    void aDisagreementBetweenTextAndMarkupKeepsBothClaimsWithTheirSources() {
        String text = "corpus-extra/res-78-148-en.txt";
        Store own = Store.inMemory();
        try {
            StoreBuilder.Outcome built = new StoreBuilder(new Pipeline(Fixtures.REFERENCE))
                    .build(own, List.of(Fixtures.file(text), Fixtures.file(Fixtures.AKN_78_148_EN)), false);
            List<Map<String, String>> claims = Txn.calculateRead(own.dataset(), () -> QueryRows.of(QueryExec.dataset(own.dataset()).query(PREFIXES
                    + "SELECT ?value ?source WHERE { ?d a dcg:SourceDisagreement ; dcg:disagreementOf <" + ID
                    + "A/RES/78/148> ; dcg:fact \"preambular paragraphs\"@en ; dcg:claim ?c . ?c rdf:value ?value ; prov:wasDerivedFrom ?source } ORDER BY ?value")
                    .select().rewindable()));
            assertEquals(List.of("30", "34"), claims.stream().map(c -> c.get("value")).toList());
            assertEquals(2, column(claims, "source").size());
            assertTrue(built.result().notes().contains("differs A/RES/78/148: preambular paragraphs differs between sources: 30 in the text "
                    + text + " [en], 34 in the Akoma Ntoso " + Fixtures.AKN_78_148_EN + " [en]"), built.result().notes().toString());
        } finally {
            own.close();
        }
    }

    @Test
    void mostCitedHasTheContractColumns() {
        assertEquals(List.of("document", "symbol", "title", "citedBy"), catalogue.get("most-cited").columns());
        Map<String, String> top = rows("most-cited", Map.of()).get(0);
        // the road map and seven resolutions cite 70/1, the 2030 Agenda (A/RES/79/1, bundled, in its footnote 1 and again
        // in the Compact's footnote 17)
        assertEquals("A/RES/70/1", top.get("symbol"));
        assertEquals("7", top.get("citedBy"));
    }

    @Test
    void citationChainGivesEachDocumentAtItsFewestSteps() {
        List<Map<String, String>> chain = rows("citation-chain", Map.of("symbol", "A/RES/78/311"));
        assertEquals(List.of("document", "symbol", "depth"), catalogue.get("citation-chain").columns());
        assertEquals(Set.of("A/RES/217(III)", "A/RES/69/313", "A/RES/70/1", "A/RES/70/125", "A/RES/77/320", "A/RES/78/1", "A/RES/78/132",
                "A/RES/78/213", "A/RES/78/265"), column(chain.stream().filter(r -> r.get("depth").equals("1")).toList(), "symbol"));
        Map<String, String> depth = new LinkedHashMap<>();
        chain.forEach(r -> depth.put(r.get("symbol"), r.get("depth")));
        assertEquals("2", depth.get("A/RES/77/150"));
        assertEquals("2", depth.get("E/RES/2023/3"));
        // through A/74/821, the road map, which the 78th session's resolutions do not cite themselves
        assertEquals("3", depth.get("A/70/174"));
        assertEquals(Set.of("1", "2", "3"), Set.copyOf(depth.values()));
    }

    @Test
    void sponsorshipByUnbisKeywordCountsTheDraftsOfEachState() {
        List<Map<String, String>> byLabel = rows("sponsorship", Map.of("keyword", "artificial intelligence"));
        assertEquals(143, byLabel.size());
        assertEquals(Set.of("1"), column(byLabel, "drafts"));
        assertTrue(column(byLabel, "iso3").containsAll(Set.of("DZA", "ZWE", "TUR", "NLD")));
        assertEquals(byLabel, rows("sponsorship", Map.of("keyword", "http://metadata.un.org/thesaurus/1000401")));
    }

    @Test
    void instrumentsAreTheDocumentsIndexedUnderDigitalCooperationConceptsOrTaggedWithTwoTopics() {
        List<Map<String, String>> found = rows("instruments", Map.of());
        // 78/273 (missing persons in Syria) has one topic in one paragraph, and is no instrument of digital cooperation;
        // A/RES/79/1, the Pact for the Future with the Global Digital Compact, is bundled
        assertEquals(List.of("A/RES/77/320", "A/RES/78/132", "A/RES/78/148", "A/78/L.86", "A/RES/78/311", "A/RES/79/1"),
                found.stream().map(r -> r.get("symbol")).toList());
        Map<String, String> res311 = found.get(4);
        assertEquals("Enhancing international cooperation on capacity-building of artificial intelligence", res311.get("title"));
        assertEquals("2024-07-01", res311.get("date"));
        assertTrue(Set.copyOf(Arrays.asList(res311.get("topics").split("; "))).containsAll(Set.of("ARTIFICIAL INTELLIGENCE", "DIGITAL DIVIDE", "Artificial intelligence")));
    }

    @Test
    void sponsorshipByTopicCountsTheDraftsOfResolutionsTaggedWithIt() {
        List<Map<String, String>> byTopic = rows("sponsorship", Map.of("topic", "artificial-intelligence"));
        assertTrue(column(byTopic, "iso3").containsAll(Set.of("DZA", "ZWE", "TUR")), byTopic.toString());
    }
}
