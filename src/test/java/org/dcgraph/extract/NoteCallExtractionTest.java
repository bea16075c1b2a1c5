package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.dcgraph.Fixtures;
import org.dcgraph.normalise.TextNormaliser;
import org.junit.jupiter.api.Test;

/**
 * Each footnote call kept at its place in its paragraph's words, on the Akoma Ntoso path (where {@code authorialNote}
 * stands in the XML: A/RES/79/1 in English, French and Chinese) and on the PDF path (where the raised marker stands:
 * A/RES/78/108 in French and A/RES/77/130 in English rendered from the UN's markup, and A/RES/78/132's Arabic text).
 */
class NoteCallExtractionTest {

    private static Paragraph numbered(ExtractedDocument d, int number) {
        return d.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.NUMBERED && p.number() == number).findFirst().orElseThrow();
    }

    private static Paragraph of(ExtractedDocument d, Paragraph.Kind kind, int position) {
        return d.paragraphs().stream().filter(p -> p.kind() == kind && p.position() == position).findFirst().orElseThrow();
    }

    private static String before(Paragraph p, int note) {
        return p.text().substring(0, call(p, note).offset());
    }

    private static String after(Paragraph p, int note) {
        return p.text().substring(call(p, note).offset());
    }

    private static NoteCall call(Paragraph p, int note) {
        return p.noteCalls().stream().filter(c -> c.number() == note).findFirst().orElseThrow();
    }

    private static ExtractedDocument pdf(String name) throws ExtractionException {
        return Fixtures.extractRenderedPdf(name);
    }

    @Test
    void akomaNtosoCallsStandWhereTheNoteStandsInTheXml() throws ExtractionException {
        ExtractedDocument en = Fixtures.readAkn(Fixtures.AKN_79_1_EN).get(0);
        Paragraph ten = numbered(en, 10);
        assertEquals(List.of(1), ten.footnotes());
        assertTrue(before(ten, 1).endsWith("We reaffirm our enduring commitment to the 2030 Agenda for Sustainable Development"), before(ten, 1));
        assertTrue(after(ten, 1).startsWith(" and its Sustainable Development Goals."));
        // two calls in one paragraph, the second after its sentence's full stop, at the very end of the words
        Paragraph eleven = numbered(en, 11);
        assertEquals(List.of(2, 3), eleven.noteCalls().stream().map(NoteCall::number).toList());
        assertTrue(before(eleven, 2).endsWith("the United Nations Framework Convention on Climate Change"));
        assertEquals(eleven.text().length(), call(eleven, 3).offset());
        assertTrue(eleven.text().endsWith("and the Paris Agreement."));

        ExtractedDocument fr = Fixtures.readAkn(Fixtures.AKN_79_1_FR).get(0);
        Paragraph onze = numbered(fr, 11);
        assertTrue(before(onze, 3).endsWith("et de l’Accord de Paris"), before(onze, 3));
        assertEquals(".", after(onze, 3));

        ExtractedDocument zh = Fixtures.readAkn(Fixtures.AKN_79_1_ZH).get(0);
        assertTrue(before(numbered(zh, 10), 1).endsWith("我们重申对《2030年可持续发展议程》"), before(numbered(zh, 10), 1));
    }

    @Test
    void everyNoteAParagraphCallsHasItsPlaceInTheSixVersions() throws ExtractionException {
        for (String file : Fixtures.AKN_79_1) {
            ExtractedDocument d = Fixtures.readAkn(file).get(0);
            int calls = 0;
            for (Paragraph p : d.paragraphs()) {
                assertEquals(p.footnotes(), p.noteCalls().stream().map(NoteCall::number).toList(), file);
                for (NoteCall c : p.noteCalls())
                    assertTrue(c.offset() > 0 && c.offset() <= p.text().length(), file + " " + c);
                calls += p.noteCalls().size();
            }
            assertEquals(16, calls, file);
        }
    }

    @Test
    void pdfCallsStandWhereTheRaisedMarkerStands() throws ExtractionException {
        ExtractedDocument fr = pdf("A_RES_78_108.fr.rendered.pdf");
        Paragraph sept = of(fr, Paragraph.Kind.OPERATIVE, 7);
        assertEquals(List.of(8, 9), sept.noteCalls().stream().map(NoteCall::number).toList());
        assertTrue(before(sept, 8).endsWith("d’inscrire à son programme de travail"), before(sept, 8));
        assertTrue(before(sept, 9).endsWith("à son programme de travail à long terme"), before(sept, 9));
        assertEquals(" ;", after(sept, 9));

        ExtractedDocument en = pdf("A_RES_77_130.en.rendered.pdf");
        Paragraph second = of(en, Paragraph.Kind.PREAMBULAR, 2);
        assertTrue(before(second, 1).endsWith("Colonial Countries and Peoples for 2022,"), before(second, 1));
        assertEquals("", after(second, 1));
    }

    @Test
    void arabicTextCallsStandAfterTheWordsTheyFollow() throws ExtractionException {
        Paragraph ninth = of(Fixtures.extract(Fixtures.RES_78_132_AR), Paragraph.Kind.PREAMBULAR, 9);
        assertEquals(List.of(4, 5, 6, 7), ninth.noteCalls().stream().map(NoteCall::number).toList());
        assertTrue(before(ninth, 4).endsWith("10 إلى 12 كانون الأول/ديسمبر 2003"), before(ninth, 4));
        assertTrue(before(ninth, 5).endsWith("وأقرتها الجمعية العامة"), before(ninth, 5));
        assertTrue(after(ninth, 5).startsWith("، "));
    }

    /** A marker set apart by spaces still follows the word before it; the words are stripped as the paragraph's are. */
    @Test
    void aCallFollowsTheWordBeforeItsSpace() {
        Pattern marker = TextNormaliser.FOOTNOTE_MARKER;
        String m7 = marker.pattern().charAt(0) + "7" + marker.pattern().charAt(marker.pattern().length() - 1);
        assertEquals(List.of(new NoteCall(7, 9)), NoteCall.of("  Recalling " + m7 + " its resolution", marker));
        assertEquals(List.of(new NoteCall(7, 9), new NoteCall(8, 14)), NoteCall.of("Recalling" + m7 + " 70/1" + m7.replace('7', '8'), marker));
    }
}
