package org.dcgraph.extract.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.Citation;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Sponsorship;
import org.dcgraph.extract.Paragraph;
import org.dcgraph.extract.SourceFile;
import org.junit.jupiter.api.Test;

/** What the reader takes from the UN's own Akoma Ntoso files of A/RES/78/311, 78/273 and 77/5. */
class AknReaderTest {
    private static final String COUNTRY = "https://w3id.org/dcgraph/id/country/";

    private static ExtractedDocument read(String resource) throws ExtractionException {
        List<ExtractedDocument> docs = Fixtures.readAkn(resource);
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    private static List<String> verbs(ExtractedDocument d, boolean operative) {
        return d.paragraphs().stream().filter(p -> p.operative() == operative)
                .map(p -> p.phrase() == null ? "-" : p.phrase().english()).toList();
    }

    @Test
    void anAkomaNtosoFileIsKnownByItsContentAndATextFileIsNot() {
        assertTrue(AknXml.recognises(Fixtures.bytes(Fixtures.AKN_78_311_EN)));
        assertFalse(AknXml.recognises(Fixtures.bytes(Fixtures.RES_78_311_EN)));
    }

    @Test
    void frbrNamesOfWorkExpressionAndManifestation() throws ExtractionException {
        AknRecord akn = read(Fixtures.AKN_78_311_EN).akn();
        assertEquals("/akn/un/statement/deliberation/unga/2024-07-01/78-311/", akn.workName());
        assertEquals("/akn/un/statement/deliberation/unga/2024-07-01/78-311/eng@/", akn.expressionName());
        assertEquals("/akn/un/statement/deliberation/unga/2024-07-01/78-311/eng@.xml", akn.manifestationName());
    }

    @Test
    void symbolAdoptionAndPublicationDatesSessionAndAgendaItem() throws ExtractionException {
        ExtractedDocument d = read(Fixtures.AKN_78_311_EN);
        assertEquals("A/RES/78/311", d.symbol());
        assertEquals(LocalDate.of(2024, 7, 1), d.date());
        assertEquals(LocalDate.of(2024, 7, 5), d.akn().publicationDate());
        assertEquals(78, d.session());
        assertEquals(13, d.agendaItem());
        assertEquals("Enhancing international cooperation on capacity-building of artificial intelligence", d.title());
    }

    @Test
    void iso639Part2LanguagesBecomeBcp47Tags() throws ExtractionException {
        Map<String, String> expected = Map.of(Fixtures.AKN_78_311_AR, "ar", Fixtures.AKN_78_311_EN, "en", Fixtures.AKN_78_311_FR, "fr",
                Fixtures.AKN_78_311_ES, "es", Fixtures.AKN_78_311_RU, "ru", Fixtures.AKN_78_311_ZH, "zh");
        for (var e : expected.entrySet()) assertEquals(e.getValue(), read(e.getKey()).language(), e.getKey());
    }

    @Test
    void everyLanguageVersionHasFifteenPreambularAndFifteenOperativeParagraphs() throws ExtractionException {
        for (String f : List.of(Fixtures.AKN_78_311_AR, Fixtures.AKN_78_311_EN, Fixtures.AKN_78_311_FR, Fixtures.AKN_78_311_ES,
                Fixtures.AKN_78_311_RU, Fixtures.AKN_78_311_ZH)) {
            ExtractedDocument d = read(f);
            assertEquals(15, d.preambularCount(), f);
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                    d.paragraphs().stream().filter(Paragraph::operative).map(Paragraph::number).toList(), f);
        }
    }

    @Test
    void unbisKeywordsAreThesaurusIrisWithTheirLabels() throws ExtractionException {
        List<AknRecord.Keyword> keywords = read(Fixtures.AKN_78_311_EN).akn().keywords();
        assertEquals(7, keywords.size());
        assertEquals(new AknRecord.Keyword("http://metadata.un.org/thesaurus/1000401", "ARTIFICIAL INTELLIGENCE"), keywords.get(0));
        assertEquals(new AknRecord.Keyword("http://metadata.un.org/thesaurus/1001652", "DIGITAL DIVIDE"), keywords.get(3));
    }

    @Test
    void workflowGivesTheDraftItsDateSponsorsAndTheMeetingRecord() throws ExtractionException {
        ExtractedDocument d = read(Fixtures.AKN_78_311_EN);
        AknRecord.Workflow w = d.akn().workflow();
        assertEquals("A/78/L.86", w.draftSymbol());
        assertEquals(LocalDate.of(2024, 6, 25), w.draftDate());
        List<String> sponsors = states(w, Sponsorship.Role.SPONSOR);
        assertEquals(28, sponsors.size());
        assertEquals(COUNTRY + "DZA", sponsors.get(0));
        assertEquals(COUNTRY + "ZWE", sponsors.get(27));
        assertEquals(115, states(w, Sponsorship.Role.ADDITIONAL_SPONSOR).size());
        assertEquals(28 + 115, w.sponsorships().size());
        assertEquals("A/78/PV.97", w.meetingRecord());
        assertEquals(97, d.plenaryMeeting());
        assertEquals("A/78/L.86", d.basis().documentSymbol());
        assertFalse(d.basis().mainCommittee());
    }

    @Test
    void stateNamesInTheirUnSpellingsAllMapToCountries() throws ExtractionException {
        AknRecord akn = read(Fixtures.AKN_78_311_EN).akn();
        // "Antigua And Barbuda", "Netherlands (Kingdom of the)", "Türkiye", "United Kingdom", "United States"
        for (String iso3 : List.of("ATG", "NLD", "TUR", "GBR", "USA", "CIV")) {
            assertTrue(states(akn.workflow(), Sponsorship.Role.ADDITIONAL_SPONSOR).contains(COUNTRY + iso3), iso3);
        }
        assertEquals(List.of(), akn.unmappedNames());
    }

    @Test
    void aDraftSubmittedByACommitteeOfficerHasNoSponsoringStates() throws ExtractionException {
        AknRecord akn = read(Fixtures.AKN_78_132_EN).akn();
        assertEquals("A/C.2/78/L.53", akn.workflow().draftSymbol());
        assertEquals(List.of(), akn.workflow().sponsorships());
        assertEquals(List.of(), akn.unmappedNames());
    }

    @Test
    void aRecordedVoteGivesItsCountsAndTheCountriesOfEachPosition() throws ExtractionException {
        AknRecord.Vote vote = read(Fixtures.AKN_78_273_EN).akn().vote();
        assertEquals("adoptedRecordedVote", vote.outcome());
        assertEquals(Map.of("inFavour", 80, "against", 12, "abstaining", 37), vote.counts());
        assertEquals(80, vote.voters().get("inFavour").size());
        assertEquals(12, vote.voters().get("against").size());
        assertEquals(37, vote.voters().get("abstaining").size());
    }

    @Test
    void aResolutionAdoptedWithoutVoteSaysSo() throws ExtractionException {
        AknRecord.Vote vote = read(Fixtures.AKN_78_311_EN).akn().vote();
        assertEquals("adoptedWithoutVote", vote.outcome());
        assertEquals(Map.of(), vote.counts());
    }

    @Test
    void aMainCommitteeResolutionIsAdoptedOnItsReport() throws ExtractionException {
        ExtractedDocument d = read(Fixtures.AKN_78_273_EN);
        assertEquals("A/78/662/Add.1", d.basis().documentSymbol());
        assertEquals("C5", d.basis().committee());
        assertEquals(15, d.basis().reportParagraph());
    }

    @Test
    void anAnnexKeepsItsHeadingWordsAndPlace() throws ExtractionException {
        ExtractedDocument d = read(Fixtures.AKN_77_5_EN);
        assertEquals(1, d.akn().annexes().size());
        AknRecord.Annex annex = d.akn().annexes().get(0);
        assertEquals("Annex", annex.title());
        String xml = new String(Fixtures.bytes(Fixtures.AKN_77_5_EN), StandardCharsets.UTF_8);
        assertTrue(xml.substring(annex.span().start(), annex.span().end()).startsWith("<attachment>"));
        assertTrue(xml.substring(annex.span().start(), annex.span().end()).endsWith("</attachment>"));
    }

    @Test
    void footnotesAreAuthorialNotesWithWhatTheyCite() throws ExtractionException {
        ExtractedDocument d = read(Fixtures.AKN_78_311_EN);
        assertEquals(List.of(1), d.paragraphs().get(0).footnotes());
        assertEquals("Resolution 217 A (III).", d.footnotes().get(0).text());
        assertEquals(List.of(new Citation("A/RES/217(III)", null, null)), d.footnotes().get(0).citations());
        assertFalse(d.paragraphs().get(0).text().contains("217"));
    }

    @Test
    void citationsComeFromLinksAndFromTheWordsAlike() throws ExtractionException {
        Paragraph third = read(Fixtures.AKN_78_311_EN).paragraphs().get(2);
        assertEquals(List.of("A/RES/78/265", "A/RES/77/320", "A/RES/78/132", "A/RES/78/213"),
                third.citations().stream().map(Citation::symbol).toList());
        assertEquals(LocalDate.of(2023, 7, 25), third.citations().get(1).date());
    }

    @Test
    void chineseAndRussianOpeningPhrasesMeetTheSameConceptsAsTheEnglish() throws ExtractionException {
        ExtractedDocument en = read(Fixtures.AKN_78_311_EN);
        assertEquals(verbs(en, false), verbs(read(Fixtures.AKN_78_311_ZH), false));
        assertEquals(List.of("Reaffirming", "Reaffirming", "Reaffirming", "Noting", "Noting", "Stressing", "Emphasizing",
                "Noting with concern", "Noting with concern", "Noting", "Recognizing", "Stressing", "Noting", "Stressing", "Recognizing"),
                verbs(read(Fixtures.AKN_78_311_RU), false));
        assertEquals("Requests", verbs(read(Fixtures.AKN_78_311_ZH), true).get(14));
        assertEquals("Requests", verbs(read(Fixtures.AKN_78_311_RU), true).get(14));
    }

    @Test
    void eachParagraphKeepsItsEidAndItsPlaceInTheXml() throws ExtractionException {
        ExtractedDocument d = read(Fixtures.AKN_78_311_EN);
        assertEquals("container_2", d.akn().paragraphIds().get(0));
        assertEquals("para_17", d.akn().paragraphIds().get(15));
        String xml = new String(Fixtures.bytes(Fixtures.AKN_78_311_EN), StandardCharsets.UTF_8);
        Paragraph first = d.paragraphs().get(15);
        assertTrue(xml.substring(first.span().start(), first.span().end()).startsWith("<paragraph eId=\"para_17\""));
        assertTrue(xml.substring(first.span().start(), first.span().end()).endsWith("</paragraph>"));
    }

    @Test
    void aNumberPrintedAgainInsideAParagraphIsQuotedTextNotAParagraph() throws ExtractionException {
        ExtractedDocument d = read(Fixtures.AKN_78_248_EN);
        assertEquals(16, d.operativeCount());
        Paragraph fourteen = d.paragraphs().stream().filter(p -> p.operative() && p.number() == 14).findFirst().orElseThrow();
        assertTrue(fourteen.text().contains("In hearing an application to appeal an administrative decision"));
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedWithItsLineAndReason() {
        String xml = new String(Fixtures.bytes(Fixtures.AKN_78_311_EN), StandardCharsets.UTF_8);
        byte[] cut = xml.substring(0, xml.indexOf("</preamble>")).getBytes(StandardCharsets.UTF_8);
        ExtractionException e = assertThrows(ExtractionException.class, () -> Fixtures.readAknBytes("cut.xml", cut));
        assertTrue(e.getMessage().startsWith("not well-formed Akoma Ntoso XML (line "), e.getMessage());
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoExternalEntityIsEverRead() {
        String xml = new String(Fixtures.bytes(Fixtures.AKN_78_311_EN), StandardCharsets.UTF_8);
        String withEntity = "<!DOCTYPE akomaNtoso [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + xml.replace("<docNumber refersTo=\"#symbol\">A/RES/78/311</docNumber>", "<docNumber refersTo=\"#symbol\">&secret;</docNumber>");
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> Fixtures.readAknBytes("entity.xml", withEntity.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void theLanguageOfTheWordsWinsOverADeclarationInAnotherScript() throws ExtractionException {
        String xml = new String(Fixtures.bytes(Fixtures.AKN_78_311_ZH), StandardCharsets.UTF_8)
                .replace("<FRBRlanguage language=\"zho\">", "<FRBRlanguage language=\"spa\">");
        assertEquals("zh", Fixtures.readAknBytes("declared-spanish.xml", xml.getBytes(StandardCharsets.UTF_8)).get(0).language());
    }

    /**
     * The cover page prints the agenda item with its sub-item ("72 (a)"; Arabic "13 و 75 (أ)"), as the text of the PDF
     * does: the shared header names it alike, while the integer item stays the first item's number.
     */
    @Test
    void theCoverPagesAgendaItemsAsPrintedWithTheirSubItems() throws ExtractionException {
        ExtractedDocument en = read(Fixtures.AKN_78_118_EN);
        assertEquals(72, en.agendaItem());
        assertEquals(List.of("72 (a)"), en.header().agendaItems());
        assertEquals(List.of("A/RES/78/118"), en.header().symbols());
        assertEquals("GA", en.header().organ());
        assertEquals("General", en.header().distribution());
        assertEquals(78, en.header().session());
        ExtractedDocument ar = read(Fixtures.AKN_78_128_AR);
        assertEquals(13, ar.agendaItem());
        assertEquals(List.of("13", "75 (a)"), ar.header().agendaItems());
    }

    /**
     * Part B of A/RES/75/257 ("A_RES_75_257 B-2109408E.xml") prints its part's letter below the title with note 2, which
     * says that the resolution adopted before became part A; the preface's note is the document's as the others are.
     */
    @Test
    void aNoteOnThePartsLetterInThePrefaceIsAFootnote() throws ExtractionException {
        ExtractedDocument d = read("akn/A_RES_75_257B-2109408E.xml");
        assertEquals(List.of(2, 3, 4), d.footnotes().stream().map(org.dcgraph.extract.Footnote::number).toList());
        assertEquals(true, d.footnotes().get(0).text().startsWith("Resolution 75/257, in section I of the Official Records of the General Assembly"),
                d.footnotes().get(0).text());
        assertEquals("A/75/809.", d.footnotes().get(2).text());
    }

    private static List<String> states(AknRecord.Workflow w, Sponsorship.Role role) {
        return w.sponsorships().stream().filter(s -> s.state() && s.role() == role).map(Sponsorship::who).toList();
    }
}
