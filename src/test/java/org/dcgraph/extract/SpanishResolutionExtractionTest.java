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
import org.junit.jupiter.api.Test;

/**
 * A/RES/78/311 in Spanish (A_RES_78_311-2412313S.xml), rendered in the layout of the printed PDF
 * converted to text. Expected values are the XML's own facts; its no-break spaces print as spaces.
 */
class SpanishResolutionExtractionTest {
    private static final String ID = "https://w3id.org/dcgraph/id/";
    private static ExtractedDocument doc;

    @BeforeAll
    static void extract() throws ExtractionException {
        doc = Fixtures.extract(SourceFile.of(Fixtures.RES_78_311_ES, Fixtures.bytes(Fixtures.RES_78_311_ES)));
    }

    private static Paragraph preambular(int n) {
        return doc.paragraphs().stream().filter(p -> !p.operative() && p.position() == n).findFirst().orElseThrow();
    }

    private static Paragraph operative(int n) {
        return doc.paragraphs().stream().filter(p -> p.operative() && p.number() == n).findFirst().orElseThrow();
    }

    private static List<Paragraph> operatives() {
        return doc.paragraphs().stream().filter(Paragraph::operative).toList();
    }

    @Test
    void symbolAndLanguageAreRecognised() {
        assertEquals("A/RES/78/311", doc.symbol());
        assertEquals(Genre.GA_RESOLUTION, doc.genre());
        assertEquals("es", doc.language());
    }

    @Test
    void sessionIsReadFromItsSpanishOrdinal() {
        assertEquals(78, doc.session());
    }

    @Test
    void agendaItemIsReadFromTemaDelPrograma() {
        assertEquals(13, doc.agendaItem());
    }

    @Test
    void adoptionDateIsReadWithItsConnectingDe() {
        assertEquals(LocalDate.of(2024, 7, 1), doc.date());
    }

    @Test
    void plenaryMeetingIsReadFromSesionPlenariaWithTheOrdinalIndicator() {
        assertEquals(97, doc.plenaryMeeting());
    }

    @Test
    void basisIsTheDraftSinRemisionPreviaAUnaComisionPrincipal() {
        assertEquals(new Basis("A/78/L.86", false, null, null), doc.basis());
    }

    @Test
    void titleIsTheTextAfterTheResolutionNumber() {
        assertEquals("Aumentar la cooperación internacional para la creación de capacidad en materia de inteligencia artificial",
                doc.title());
    }

    @Test
    void fifteenPreambularAndFifteenOperativeParagraphs() {
        assertEquals(15, doc.preambularCount());
        assertEquals(15, doc.operativeCount());
        assertEquals(IntStream.rangeClosed(1, 15).boxed().toList(), operatives().stream().map(Paragraph::number).toList());
    }

    @Test
    void everyOperativeParagraphOpensWithItsPrintedVerb() {
        assertEquals(List.of("Resuelve", "Alienta", "Exhorta", "Exhorta", "Alienta", "Exhorta", "Alienta", "Alienta",
                        "Exhorta", "Exhorta", "Alienta", "Apoya", "Exhorta", "Aguarda con interés", "Solicita"),
                operatives().stream().map(Paragraph::openingWords).toList());
    }

    @Test
    void everyOperativeVerbIsAConceptOfTheVocabulary() {
        assertEquals(List.of("Resolves", "Encourages", "Calls upon", "Calls upon", "Encourages", "Calls upon", "Encourages", "Encourages",
                        "Calls upon", "Calls upon", "Encourages", "Supports", "Calls upon", "Looks forward to", "Requests"),
                operatives().stream().map(p -> p.phrase() == null ? null : p.phrase().english()).toList());
    }

    @Test
    void everyPreambularParagraphOpensWithThePhraseItsContainerIsNamedAfter() {
        assertEquals(List.of("Reafirmando", "Reafirmando también", "Reafirmando", "Reconociendo", "Reconociendo", "Destacando",
                        "Poniendo de relieve", "Observando con preocupación", "Observando con preocupación también", "Observando",
                        "Reconociendo", "Destacando", "Observando", "Destacando", "Reconociendo"),
                doc.paragraphs().stream().filter(p -> !p.operative()).map(Paragraph::openingWords).toList());
    }

    @Test
    void citationCarriesTheDateAndTitleTheTextGives() {
        assertEquals(new Citation("A/RES/70/1", LocalDate.of(2015, 9, 25),
                "Transformar nuestro mundo: la Agenda 2030 para el Desarrollo Sostenible"), preambular(2).citations().get(0));
    }

    @Test
    void footnoteCitesTheUniversalDeclarationAsResolution217III() {
        Footnote note = doc.footnotes().get(0);
        assertEquals(1, note.number());
        assertEquals("Resolución 217 A (III).", note.text());
        assertEquals(List.of("A/RES/217(III)"), note.citations().stream().map(Citation::symbol).toList());
        assertEquals(List.of(1), preambular(1).footnotes());
    }

    @Test
    void paragraphSplitByAPageBreakAndAFootnoteIsOneParagraph() {
        Paragraph p = preambular(3);
        assertTrue(p.text().contains("78/132, de 19 de diciembre de 2023, titulada “Las tecnologías de la información"), p.text());
        assertFalse(p.text().contains("217"), "the footnote stays out of the paragraph");
        assertEquals(List.of("A/RES/78/265", "A/RES/77/320", "A/RES/78/132", "A/RES/78/213"),
                p.citations().stream().map(Citation::symbol).toList());
        assertEquals(LocalDate.of(2023, 12, 19), p.citations().get(3).date());
    }

    @Test
    void requestToTheSecretaryGeneralIsDueAtTheEightiethSession() {
        Paragraph p = operative(15);
        assertEquals(List.of(ID + "body/SG"), p.addressees());
        assertEquals(new Deadline(null, 80), p.deadline());
    }
}
