package org.dcgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.dcgraph.extract.Annex;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Mandate;
import org.dcgraph.extract.Paragraph;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.store.Store;
import org.dcgraph.store.StoreBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A/RES/79/1 as the default corpus bundles it (the UN's Akoma Ntoso in the six languages): the Global Digital Compact,
 * its annex I, as an instrument of its own with its five objectives, its numbered paragraphs and the requests they make.
 */
class GlobalDigitalCompactTest {
    private static final String ANNEX = "https://w3id.org/dcgraph/id/doc/A/RES/79/1/annex/1";
    private static final String COMPACT = "https://w3id.org/dcgraph/id/instrument/global-digital-compact";
    private static final String PREFIXES = """
            PREFIX dcg: <https://w3id.org/dcgraph/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static Store store;

    @BeforeAll
    static void build() {
        store = Store.inMemory();
        new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, Fixtures.AKN_79_1.stream().map(Fixtures::file).toList(), false);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<String> column(String sparql, String name) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> values = new TreeSet<>();
            QueryRows.of(QueryExec.dataset(store.dataset()).query(PREFIXES + sparql).select().rewindable()).forEach(r -> values.add(r.get(name)));
            return values;
        });
    }

    private static Annex compact(String resource) throws ExtractionException {
        return Fixtures.readAkn(resource).get(0).annexes().get(0);
    }

    private static Paragraph numbered(Annex a, int n) {
        return a.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.NUMBERED && p.number() == n).findFirst().orElseThrow();
    }

    @Test
    void theCompactIsAnInstrumentOfItsOwnPublishedAsAnnexOneOfThePact() {
        assertEquals(Set.of(ANNEX), column("SELECT ?a WHERE { <" + COMPACT + "> a dcg:Instrument ; dcg:publishedAs ?a }", "a"));
        assertEquals(Set.of(COMPACT), column("SELECT ?i WHERE { <" + ANNEX + "> dcg:instrument ?i }", "i"));
        assertEquals(Set.of("Global Digital Compact", "التعاهد الرقمي العالمي"), column(
                "SELECT ?l WHERE { <" + COMPACT + "> skos:prefLabel ?l FILTER(LANG(?l) IN (\"en\", \"ar\")) }", "l"));
        // the annex's title in both language versions is the instrument's label
        assertEquals(Set.of("Global Digital Compact", "التعاهد الرقمي العالمي"), column("SELECT ?t WHERE { <" + ANNEX + "> eli:title ?t FILTER(LANG(?t) IN (\"en\", \"ar\")) }", "t"));
    }

    @Test
    void theCompactHasSeventyFourNumberedParagraphsInEnglishAndArabic() throws ExtractionException {
        for (String file : List.of(Fixtures.AKN_79_1_EN, Fixtures.AKN_79_1_AR)) {
            List<Integer> numbers = compact(file).paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.NUMBERED).map(Paragraph::number).toList();
            assertEquals(74, numbers.size(), file);
            assertEquals(74, numbers.get(numbers.size() - 1), file);
        }
        assertEquals(Set.of("74"), column("SELECT (COUNT(?p) AS ?n) WHERE { <" + ANNEX + "> dcg:paragraph ?p }", "n"));
    }

    private static List<Integer> numbers(List<Paragraph> paragraphs) {
        return paragraphs.stream().filter(p -> p.kind() == Paragraph.Kind.NUMBERED).map(Paragraph::number).toList();
    }

    /**
     * The six versions are marked up differently (French gives each number a paragraph of its own and its headings as
     * plain paragraphs, objectives' headings end with a full stop, Chinese preambular paragraphs with a comma, French
     * prints "Mesures 9." once in the plural): read, they have one structure, so the work's paragraphs and sections are
     * those of every version.
     */
    @Test
    void everyLanguageVersionHasThePactsStructure() throws ExtractionException {
        for (String file : Fixtures.AKN_79_1) {
            ExtractedDocument pact = Fixtures.readAkn(file).get(0);
            List<Integer> body = numbers(pact.paragraphs());
            // the operative paragraph that adopts the Pact, then the Pact's own numbered paragraphs 1..83, of which the
            // UN's Spanish markup lost 35 and 36
            assertEquals(file.equals(Fixtures.AKN_79_1_ES) ? 82 : 84, body.size(), file);
            assertEquals(84, body.get(body.size() - 1), file);
            assertEquals(56, pact.sections().stream().filter(x -> x.label().startsWith("action-")).count(), file);
            assertEquals(List.of(74, 32), pact.annexes().stream().map(a -> numbers(a.paragraphs()).size()).toList(), file);
            assertEquals(21, pact.annexes().get(0).sections().size(), file);
        }
        // no paragraph of the Compact sits in two sections because two versions counted its headings differently
        assertEquals(Set.of("0"), column("SELECT (COUNT(*) AS ?n) WHERE { ?p eli:is_part_of <" + ANNEX + "> ; dcg:section ?a, ?b FILTER(?a != ?b) }", "n"));
        assertEquals(Set.of("en", "fr", "es", "ru", "zh", "ar"), column("SELECT (LANG(?t) AS ?l) WHERE { <" + ANNEX + "/objective/3> eli:title ?t }", "l"));
    }

    @Test
    void theFiveObjectivesAreResourcesWithTheirTitlesInEnglishAndArabic() {
        Set<String> expected = new TreeSet<>();
        for (int n = 1; n <= 5; n++) expected.add(ANNEX + "/objective/" + n);
        assertEquals(expected, column("SELECT ?o WHERE { <" + ANNEX + "> dcg:objective ?o . ?o a dcg:Objective }", "o"));
        assertEquals(Set.of("Close all digital divides and accelerate progress across the Sustainable Development Goals",
                        "سد جميع الفجوات الرقمية وتسريع وتيرة التقدم في تحقيق جميع أهداف التنمية المستدامة"),
                column("SELECT ?t WHERE { <" + ANNEX + "/objective/1> eli:title ?t FILTER(LANG(?t) IN (\"en\", \"ar\")) }", "t"));
        assertEquals(Set.of("Enhance international governance of artificial intelligence for the benefit of humanity"),
                column("SELECT ?t WHERE { <" + ANNEX + "/objective/5> eli:title ?t FILTER(LANG(?t) = \"en\") }", "t"));
        // each objective's heading is a section of the annex, and the annex's headings are counted in print order
        assertEquals(Set.of(ANNEX + "/sec/h4"), column("SELECT ?s WHERE { <" + ANNEX + "/objective/1> dcg:headingSection ?s }", "s"));
        assertEquals(Set.of(ANNEX + "/sec/h20"), column("SELECT ?s WHERE { <" + ANNEX + "/objective/5> dcg:headingSection ?s }", "s"));
    }

    /**
     * Paragraph 63: "We emphasize the importance of increased investment ... We request the Secretary-General, in
     * consultation with potential contributors and the United Nations system, to develop innovative voluntary financing
     * options ... and to submit these for consideration by the General Assembly at the seventy-ninth session" ("Nous
     * prions le Secrétaire général d’élaborer, en concertation avec les donateurs potentiels ...", "ونطلب إلى الأمين
     * العام أن يقوم ..."): its request's actor is the Secretary-General in every version, those it consults are not.
     */
    @Test
    void aCommitmentNamesItsActorInEveryLanguage() throws ExtractionException {
        for (String file : Fixtures.AKN_79_1) {
            List<Mandate> mandates = numbered(compact(file), 63).mandates();
            assertEquals(1, mandates.size(), file);
            assertEquals(List.of("https://w3id.org/dcgraph/id/body/SG"), mandates.get(0).addressees(), file);
            assertEquals("https://w3id.org/dcgraph/id/verb/we-request", mandates.get(0).verb().iri(), file);
        }
        assertEquals(Set.of("https://w3id.org/dcgraph/id/body/SG"), column("SELECT ?a WHERE { <" + ANNEX + "/para/63/mandate/1> dcg:addressee ?a }", "a"));
        assertEquals(Set.of("79"), column("SELECT ?s WHERE { <" + ANNEX + "/para/63/mandate/1> dcg:deadlineSession ?s }", "s"));
        // paragraph 66 invites the private sector, civil society ... to endorse the Compact
        assertTrue(column("SELECT ?a WHERE { <" + ANNEX + "/para/66/mandate/1> dcg:addressee ?a }", "a")
                .containsAll(Set.of("https://w3id.org/dcgraph/id/group/private-sector", "https://w3id.org/dcgraph/id/group/civil-society")));
    }

    @Test
    void requestsMadeInsideADeclaratoryParagraphAreMandatesToo() throws ExtractionException {
        // the Pact, paragraph 34: "We decide to: (a) Strengthen ... (c) Request the Secretary-General to ..."
        Paragraph pact34 = Fixtures.readAkn(Fixtures.AKN_79_1.get(0)).get(0).paragraphs().stream()
                .filter(p -> p.number() != null && p.number() == 34).findFirst().orElseThrow();
        assertEquals(List.of("https://w3id.org/dcgraph/id/verb/we-request"), pact34.mandates().stream().map(m -> m.verb().iri()).toList());
        assertEquals(List.of("https://w3id.org/dcgraph/id/body/SG"), pact34.mandates().get(0).addressees());
        // annex I, paragraph 10: "We commit to connect all persons to the Internet. ... We affirm the important role of
        // the International Telecommunication Union ... and invite it to further continue its efforts"
        List<Mandate> compact10 = numbered(compact(Fixtures.AKN_79_1.get(0)), 10).mandates();
        assertEquals(List.of("https://w3id.org/dcgraph/id/verb/we-commit", "https://w3id.org/dcgraph/id/verb/we-invite"),
                compact10.stream().map(m -> m.verb().iri()).toList());
        // "it" stands for the body named last before it
        assertEquals(List.of("https://w3id.org/dcgraph/id/body/ITU"), compact10.get(1).addressees());
        assertEquals(null, compact10.get(1).addresseeText());
    }

    @Test
    void aCommitmentsActorIsTheStatesSpeakingInEveryLanguage() throws ExtractionException {
        // annex I, paragraph 10 commits "to connect all persons to the Internet": the States speaking commit, in each
        // of the six versions, and what follows the verb is the act, not an addressee
        for (String file : Fixtures.AKN_79_1) {
            Mandate commitment = numbered(compact(file), 10).mandates().stream()
                    .filter(m -> m.verb().iri().endsWith("/verb/we-commit")).findFirst().orElseThrow(() -> new AssertionError(file));
            assertEquals(List.of("https://w3id.org/dcgraph/id/group/member-states"), commitment.addressees(), file);
            assertEquals(null, commitment.addresseeText(), file);
        }
    }

    @Test
    void theCompactsCommitmentsByTwentyThirtyAreTheMemberStates() {
        // annex I, paragraph 11: "We commit, by 2030, to: (a) Develop and strengthen targets ... for universal ... connectivity"
        assertEquals(Set.of("2030"), column("SELECT ?d WHERE { <" + ANNEX + "/para/11> dcg:mandate ?m . "
                + "?m dcg:verb <https://w3id.org/dcgraph/id/verb/we-commit> ; dcg:deadline ?d }", "d"));
        assertEquals(Set.of("https://w3id.org/dcgraph/id/group/member-states"), column("SELECT ?a WHERE { <" + ANNEX + "/para/11> dcg:mandate ?m . "
                + "?m dcg:verb <https://w3id.org/dcgraph/id/verb/we-commit> ; dcg:addressee ?a }", "a"));
        // the seven paragraphs that open "We commit, by 2030, to": connectivity, skills, information integrity, data
        // protection, data standards, data financing, cross-border data flows
        assertEquals(Set.of(ANNEX + "/para/11", ANNEX + "/para/13", ANNEX + "/para/35", ANNEX + "/para/39", ANNEX + "/para/42",
                ANNEX + "/para/45", ANNEX + "/para/47"), column("SELECT ?p WHERE { ?p eli:is_part_of <" + ANNEX + "> ; dcg:mandate ?m . "
                + "?m dcg:verb <https://w3id.org/dcgraph/id/verb/we-commit> ; dcg:deadline ?d FILTER(STR(?d) = \"2030\") }", "p"));
    }

    @Test
    void theWorksRequestsAreTheEnglishVersionsAndNotAUnionOfSix() {
        // the Chinese version of the Pact's paragraph 28 reads a call upon "缔约方" (parties) that the English does
        // not make: the work's paragraph has the English version's requests, none
        assertEquals(Set.of(), column("SELECT ?m WHERE { <https://w3id.org/dcgraph/id/doc/A/RES/79/1/para/28> dcg:mandate ?m }", "m"));
        assertEquals(Set.of("https://w3id.org/dcgraph/id/body/SG"),
                column("SELECT ?a WHERE { <https://w3id.org/dcgraph/id/doc/A/RES/79/1/para/34> dcg:mandate/dcg:addressee ?a }", "a"));
    }

    @Test
    void theBundledCorpusIsWhatTheTestsBuild() {
        assertEquals(org.dcgraph.store.Corpus.bundled().stream().map(f -> f.name().substring("bundled:".length())).toList(),
                Fixtures.bundledCorpus().stream().map(f -> f.name().substring("corpus/".length())).toList());
    }
}
