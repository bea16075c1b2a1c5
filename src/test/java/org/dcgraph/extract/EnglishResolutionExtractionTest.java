package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.dcgraph.Fixtures;
import org.dcgraph.recognise.Genre;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Adopted resolutions in English, rendered from the UN's Akoma Ntoso XML in the layout of their
 * printed PDFs converted to text. Expected values are the XML's own facts (its meta, cover page,
 * preamble containers and operative verbs); whitespace the XML marks as no-break prints as a space.
 */
class EnglishResolutionExtractionTest {
    private static final String ID = "https://w3id.org/dcgraph/id/";

    static ExtractedDocument extract(String resource) throws ExtractionException {
        return Fixtures.extract(SourceFile.of(resource, Fixtures.bytes(resource)));
    }

    static Paragraph operative(ExtractedDocument doc, int n) {
        return doc.paragraphs().stream().filter(p -> p.operative() && p.number() == n).findFirst().orElseThrow();
    }

    static Paragraph preambular(ExtractedDocument doc, int n) {
        return doc.paragraphs().stream().filter(p -> !p.operative() && p.position() == n).findFirst().orElseThrow();
    }

    static Footnote footnote(ExtractedDocument doc, int n) {
        return doc.footnotes().stream().filter(f -> f.number() == n).findFirst().orElseThrow();
    }

    static List<String> symbols(List<Citation> citations) {
        return citations.stream().map(Citation::symbol).toList();
    }

    /** A/RES/78/311 (A_RES_78_311-2412313E.xml), adopted in plenary on draft A/78/L.86. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithoutReferenceToAMainCommittee {
        private ExtractedDocument doc;

        @BeforeAll
        void extract() throws ExtractionException {
            doc = EnglishResolutionExtractionTest.extract(Fixtures.RES_78_311_EN);
        }

        @Test
        void symbolComesFromTheCoverPage() {
            assertEquals("A/RES/78/311", doc.symbol());
            assertEquals(Genre.GA_RESOLUTION, doc.genre());
            assertEquals("en", doc.language());
        }

        @Test
        void sessionAndAgendaItemComeFromTheCoverPage() {
            assertEquals(78, doc.session());
            assertEquals(13, doc.agendaItem());
        }

        @Test
        void adoptionDateIsTheDateOfTheAdoptionLineNotOfIssue() {
            assertEquals(LocalDate.of(2024, 7, 1), doc.date());
        }

        @Test
        void plenaryMeetingIsReadFromTheClosingLinesWithTheirDate() {
            assertEquals(97, doc.plenaryMeeting());
        }

        @Test
        void basisIsTheDraftWithoutReferenceToAMainCommittee() {
            assertEquals(new Basis("A/78/L.86", false, null, null), doc.basis());
        }

        @Test
        void titleIsTheTextAfterTheResolutionNumber() {
            assertEquals("Enhancing international cooperation on capacity-building of artificial intelligence", doc.title());
        }

        @Test
        void fifteenPreambularAndFifteenOperativeParagraphs() {
            assertEquals(15, doc.preambularCount());
            assertEquals(15, doc.operativeCount());
            assertEquals(IntStream.rangeClosed(1, 15).boxed().toList(),
                    doc.paragraphs().stream().filter(Paragraph::operative).map(Paragraph::number).toList());
        }

        @Test
        void everyOperativeParagraphHasItsVerb() {
            assertEquals(List.of("Resolves", "Encourages", "Calls upon", "Calls upon", "Encourages", "Calls upon", "Encourages",
                            "Encourages", "Calls upon", "Calls upon", "Encourages", "Supports", "Calls upon", "Looks forward to", "Requests"),
                    doc.paragraphs().stream().filter(Paragraph::operative).map(p -> p.phrase().english()).toList());
        }

        @Test
        void everyPreambularParagraphHasItsPhrase() {
            assertEquals(List.of("Reaffirming", "Reaffirming", "Reaffirming", "Recognizing", "Recognizing", "Stressing", "Emphasizing",
                            "Noting with concern", "Noting with concern", "Noting", "Recognizing", "Stressing", "Noting", "Stressing", "Recognizing"),
                    doc.paragraphs().stream().filter(p -> !p.operative()).map(p -> p.phrase().english()).toList());
        }

        @Test
        void citationCarriesTheDateAndTitleTheTextGives() {
            Citation agenda = preambular(doc, 2).citations().get(0);
            assertEquals(new Citation("A/RES/70/1", LocalDate.of(2015, 9, 25),
                    "Transforming our world: the 2030 Agenda for Sustainable Development"), agenda);
        }

        @Test
        void footnoteCitesTheUniversalDeclarationAsResolution217III() {
            Footnote note = footnote(doc, 1);
            assertEquals("Resolution 217 A (III).", note.text());
            assertEquals(List.of("A/RES/217(III)"), symbols(note.citations()));
            assertEquals(List.of(1), preambular(doc, 1).footnotes());
        }

        @Test
        void paragraphSplitByAPageBreakAndAFootnoteIsOneParagraph() {
            Paragraph p = preambular(doc, 4);
            assertTrue(p.text().contains("in a balanced and integrated manner, while recognizing also that the improper"), p.text());
            assertTrue(p.text().endsWith("could pose potential risks and challenges,"), p.text());
            assertFalse(p.text().contains("217"), "the footnote stays out of the paragraph");
        }

        @Test
        void restOfAPageBrokenParagraphOpeningWithAPhraseInLowerCaseOpensNoParagraph() {
            assertEquals("Recognizing", preambular(doc, 5).openingWords());
            assertTrue(preambular(doc, 5).text().startsWith("Recognizing that eradicating poverty"), preambular(doc, 5).text());
        }

        @Test
        void paragraphCitingSeveralResolutionsGivesEachItsDate() {
            List<Citation> cited = preambular(doc, 3).citations();
            assertEquals(List.of("A/RES/78/265", "A/RES/77/320", "A/RES/78/132", "A/RES/78/213"), symbols(cited));
            assertEquals(List.of(LocalDate.of(2024, 3, 21), LocalDate.of(2023, 7, 25), LocalDate.of(2023, 12, 19), LocalDate.of(2023, 12, 19)),
                    cited.stream().map(Citation::date).toList());
        }

        @Test
        void requestToTheSecretaryGeneralIsDueAtTheEightiethSession() {
            Paragraph p = operative(doc, 15);
            assertEquals(List.of(ID + "body/SG"), p.addressees());
            assertEquals(new Deadline(null, 80), p.deadline());
        }
    }

    /** A/RES/78/132 (A_RES_78_132-2325902E.xml), adopted on the report of the Second Committee. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnTheReportOfAMainCommittee {
        private ExtractedDocument doc;

        @BeforeAll
        void extract() throws ExtractionException {
            doc = EnglishResolutionExtractionTest.extract(Fixtures.RES_78_132_EN);
        }

        @Test
        void symbolSessionAndAgendaItemComeFromTheCoverPage() {
            assertEquals("A/RES/78/132", doc.symbol());
            assertEquals(78, doc.session());
            assertEquals(15, doc.agendaItem());
        }

        @Test
        void adoptionDateIsTheDateOfTheAdoptionLineNotOfIssue() {
            assertEquals(LocalDate.of(2023, 12, 19), doc.date());
        }

        @Test
        void plenaryMeetingIsReadFromTheClosingLinesWithTheirDate() {
            assertEquals(49, doc.plenaryMeeting());
        }

        @Test
        void basisIsTheSecondCommitteeReportAndItsParagraph() {
            assertEquals(new Basis("A/78/458", true, "C2", 11), doc.basis());
        }

        @Test
        void titleIsTheTextAfterTheResolutionNumber() {
            assertEquals("Information and communications technologies for sustainable development", doc.title());
        }

        @Test
        void fiftySixPreambularAndFiftyNineOperativeParagraphs() {
            assertEquals(56, doc.preambularCount());
            assertEquals(59, doc.operativeCount());
            assertEquals(IntStream.rangeClosed(1, 59).boxed().toList(),
                    doc.paragraphs().stream().filter(Paragraph::operative).map(Paragraph::number).toList());
        }

        @Test
        void everyOperativeParagraphHasItsVerbEvenAfterAlsoOrFurther() {
            assertEquals(List.of("Recognizes", "Welcomes", "Recognizes", "Reaffirms", "Emphasizes", "Stresses", "Encourages", "Welcomes",
                            "Reiterates", "Notes", "Notes", "Encourages", "Urges", "Recognizes", "Looks forward to", "Recognizes", "Calls upon",
                            "Emphasizes", "Notes", "Welcomes", "Recognizes", "Stresses", "Recognizes", "Stresses", "Encourages", "Acknowledges",
                            "Recognizes", "Notes", "Encourages", "Acknowledges", "Recognizes", "Stresses", "Notes", "Notes", "Recalls", "Welcomes",
                            "Recognizes", "Encourages", "Recognizes", "Recognizes", "Recognizes", "Notes", "Recognizes", "Recognizes", "Calls upon",
                            "Calls for", "Notes", "Invites", "Recognizes", "Encourages", "Welcomes", "Reaffirms", "Recognizes", "Notes",
                            "Looks forward to", "Stresses", "Requests", "Invites", "Decides"),
                    doc.paragraphs().stream().filter(Paragraph::operative).map(p -> p.phrase() == null ? null : p.phrase().english()).toList());
        }

        @Test
        void leadingModifierIsPartOfTheOpeningWords() {
            assertEquals("Also notes", operative(doc, 11).openingWords());
            assertEquals("Further calls upon", operative(doc, 17).openingWords());
        }

        @Test
        void everyPreambularParagraphOpensWithThePhraseItsContainerIsNamedAfter() {
            assertEquals(List.of("Recalling", "Recalling also", "Reaffirming", "Reaffirming also", "Reaffirming further", "Recognizing",
                            "Recognizing also", "Recognizing further", "Recalling", "Recalling also", "Recalling further", "Recalling", "Reaffirming",
                            "Reaffirming also", "Recognizing", "Taking note", "Taking note also", "Noting", "Noting also", "Taking note", "Noting",
                            "Taking note", "Taking note also", "Recognizing", "Noting", "Noting also", "Taking note", "Noting", "Stressing",
                            "Recalling", "Stressing", "Recalling", "Recognizing", "Noting with great concern", "Noting with great concern also",
                            "Recognizing", "Recognizing also", "Noting", "Recognizing", "Reaffirming", "Reaffirming also", "Taking note",
                            "Recalling", "Recalling also", "Noting", "Noting also", "Noting further", "Noting", "Reaffirming", "Recognizing",
                            "Acknowledging", "Conscious", "Reiterating", "Noting with great concern", "Noting with grave concern", "Taking note"),
                    doc.paragraphs().stream().filter(p -> !p.operative()).map(Paragraph::openingWords).toList());
        }

        @Test
        void citationCarriesTheDateTheTextGives() {
            assertEquals(new Citation("A/RES/77/150", LocalDate.of(2022, 12, 14), null), preambular(doc, 1).citations().get(0));
        }

        @Test
        void ecosocResolutionIsReadYearFirst() {
            Citation c = preambular(doc, 2).citations().get(0);
            assertEquals("E/RES/2023/3", c.symbol());
            assertEquals(LocalDate.of(2023, 6, 7), c.date());
        }

        @Test
        void allNineteenFootnotesAreReadWithTheirPrintedNumbers() {
            assertEquals(IntStream.rangeClosed(1, 19).boxed().toList(), doc.footnotes().stream().map(Footnote::number).toList());
        }

        @Test
        void footnotesOnConsecutiveLinesAreSeparateFootnotes() {
            assertEquals("Resolution 71/256, annex.", footnote(doc, 3).text());
            assertEquals(List.of("A/RES/71/256"), symbols(footnote(doc, 3).citations()));
            assertEquals("See A/C.2/59/3, annex.", footnote(doc, 4).text());
            assertEquals(List.of("A/C.2/59/3"), symbols(footnote(doc, 4).citations()));
        }

        @Test
        void footnotePrintedAfterTheMeetingLineIsRead() {
            assertEquals(List.of("E/HLPF/2023/6"), symbols(footnote(doc, 19).citations()));
            assertEquals(List.of(19), operative(doc, 57).footnotes());
        }

        @Test
        void footnoteListingResolutionsCitesEachOfThem() {
            List<String> cited = symbols(footnote(doc, 2).citations());
            assertEquals(16, cited.size(), cited.toString());
            assertEquals("E/RES/2006/46", cited.get(0));
            assertEquals("E/RES/2022/15", cited.get(15));
        }

        @Test
        void paragraphSplitByAPageBreakAndFootnotesIsOneParagraph() {
            Paragraph p = preambular(doc, 3);
            assertTrue(p.text().contains("in its three dimensions – economic, social and environmental – in a balanced and integrated manner"), p.text());
            assertFalse(p.text().contains("56/183"), "the footnotes stay out of the paragraph");
            assertEquals("Reaffirming also", preambular(doc, 4).openingWords());
        }

        @Test
        void reportingRequestIsDueAtTheSeventyNinthSession() {
            Paragraph p = operative(doc, 57);
            assertEquals(List.of(ID + "body/SG"), p.addressees());
            assertEquals(new Deadline(null, 79), p.deadline());
        }
    }
}
