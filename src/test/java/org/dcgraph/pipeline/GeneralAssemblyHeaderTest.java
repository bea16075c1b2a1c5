package org.dcgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.DocumentHeader;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.HeaderReader;
import org.dcgraph.normalise.MappedText;
import org.dcgraph.rdf.DCG;
import org.dcgraph.rdf.DocumentGraphs;
import org.dcgraph.rdf.ELI;
import org.dcgraph.rdf.Iris;
import org.dcgraph.recognise.Genre;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * General Assembly resolutions and drafts read from text carry the header every UN document shares, and keep what
 * their own reader gives them: the integer agenda item, the plenary meeting and its record, the build-report line.
 */
class GeneralAssemblyHeaderTest {
    private static final String ID = "https://w3id.org/dcgraph/id/";
    private static final Pipeline PIPELINE = new Pipeline(Fixtures.REFERENCE);
    private static BuildResult built;
    private static Model graph;

    @BeforeAll
    static void build() {
        built = PIPELINE.run(List.of(Fixtures.file(Fixtures.RES_78_118_EN_EXCERPT), Fixtures.file(Fixtures.RES_78_311_AR),
                Fixtures.file(Fixtures.DRAFT_L86_EN)));
        graph = ModelFactory.createDefaultModel();
        built.graphs().values().forEach(graph::add);
    }

    private static Resource doc(String symbol) {
        return graph.createResource(ID + "doc/" + symbol);
    }

    @Test
    void aSubItemIsWrittenAsPrintedBesideTheIntegerItem() {
        Resource res = doc("A/RES/78/118");
        assertTrue(graph.contains(res, DCG.agendaItemLabel, "72 (a)"));
        assertEquals(72, res.getProperty(DCG.agendaItem).getInt());
        assertTrue(graph.contains(res, DCG.organ, graph.createResource(ID + "body/GA")));
        assertTrue(graph.contains(res, ELI.passed_by, graph.createResource(ID + "body/GA")));
        assertTrue(graph.contains(res, DCG.distribution, "General"));
    }

    @Test
    void thePlenaryMeetingAndItsRecordStayWithTheHeader() {
        Resource res = doc("A/RES/78/118");
        assertEquals(47, res.getProperty(DCG.plenaryMeeting).getInt());
        assertTrue(graph.contains(res, DCG.meetingRecord, doc("A/78/PV.47")));
    }

    @Test
    void theBuildReportKeepsItsShapeAndAddsTheItemsAsPrintedWhenTheyHaveALetter() {
        FileOutcome excerpt = built.outcomes().stream().filter(o -> o.file().equals(Fixtures.RES_78_118_EN_EXCERPT)).findFirst().orElseThrow();
        assertEquals("A/RES/78/118, General Assembly resolution [en], session 78, agenda item 72 (as printed: 72 (a)), 2023-12-08, "
                + "2 preambular and 2 operative paragraphs, 0 footnotes", excerpt.message());
        FileOutcome seed = built.outcomes().stream().filter(o -> o.file().equals(Fixtures.RES_78_311_AR)).findFirst().orElseThrow();
        assertTrue(seed.message().startsWith("A/RES/78/311, General Assembly resolution [ar], session 78, agenda item 13, 2024-07-01, "),
                seed.message());
    }

    /**
     * The Arabic seed's cover lost its symbol: the first symbol it prints is its draft's, in the line saying how it
     * was adopted. That one is not a second symbol of the resolution, which would make the draft and the resolution
     * one document.
     */
    @Test
    void aCoverThatLostItsSymbolGetsNoSecondSymbolFromTheSharedReader() throws ExtractionException {
        var seed = Fixtures.extract(Fixtures.RES_78_311_AR);
        assertEquals(List.of("A/RES/78/311"), seed.header().symbols());
        assertEquals("GA", seed.header().organ());
        assertEquals(List.of("13"), seed.header().agendaItems());
        Resource res = doc("A/RES/78/311");
        assertEquals(1, graph.listObjectsOfProperty(res, DCG.symbol).toList().size());
        assertFalse(graph.contains(doc("A/78/L.86"), OWL.sameAs, res));
    }

    @Test
    void theDraftSeedGetsItsDistributionAndOriginalLanguage() throws ExtractionException {
        DocumentHeader h = Fixtures.extract(Fixtures.DRAFT_L86_EN).header();
        assertEquals("Limited", h.distribution());
        assertEquals("en", h.originalLanguage());
        assertEquals(List.of("13"), h.agendaItems());
        assertTrue(graph.contains(doc("A/78/L.86"), DCG.distribution, "Limited"));
    }

    @Test
    void theSharedReaderAloneWouldNameTheArabicSeedByItsDraft() {
        String text = new String(Fixtures.bytes(Fixtures.RES_78_311_AR), java.nio.charset.StandardCharsets.UTF_8);
        HeaderReader.Reading reading = HeaderReader.read(MappedText.of(text), "ar");
        assertEquals("A/78/L.86", reading == null ? null : reading.header().symbol());
    }

    /**
     * The plenary meeting's record A/{session}/PV.{n} is the General Assembly's: a resolution of another organ read
     * with the same meeting line names no such record, one of the Assembly's series does whatever reader read it.
     */
    @Test
    void theMeetingRecordIsTheGeneralAssemblysOnly() throws ExtractionException {
        ExtractedDocument ga = Fixtures.extract(Fixtures.RES_78_118_EN_EXCERPT);
        assertTrue(meetingRecorded(as(ga, Genre.RESOLUTION, DocumentHeader.GENERAL_ASSEMBLY)));
        assertFalse(meetingRecorded(as(ga, Genre.RESOLUTION, "SecurityCouncil")));
    }

    private static ExtractedDocument as(ExtractedDocument d, Genre genre, String organ) {
        DocumentHeader h = d.header();
        DocumentHeader other = new DocumentHeader(h.symbols(), h.distribution(), h.date(), h.originalLanguage(), organ, h.session(),
                h.sessionYear(), h.agendaItems());
        return new ExtractedDocument(d.source(), genre, d.language(), d.symbol(), d.session(), d.agendaItem(), d.date(),
                d.plenaryMeeting(), d.basis(), d.title(), d.titleSpan(), d.paragraphs(), d.sections(), d.footnotes(), d.sponsorships(),
                d.report(), d.akn(), d.annexes(), other, d.notUnderstood());
    }

    private static boolean meetingRecorded(ExtractedDocument d) {
        Model m = ModelFactory.createDefaultModel();
        new DocumentGraphs(new Iris(Fixtures.REFERENCE.base()), Instant.EPOCH).of(d).values().forEach(m::add);
        return m.contains(null, DCG.meetingRecord, (org.apache.jena.rdf.model.RDFNode) null);
    }
}
