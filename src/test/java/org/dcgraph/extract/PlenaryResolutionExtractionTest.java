package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.recognise.Genre;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A/RES/78/311 in Arabic: adopted in plenary, without reference to a Main Committee, on the basis of A/78/L.86. */
class PlenaryResolutionExtractionTest {
    private static final String ID = "https://w3id.org/dcgraph/id/";
    private static ExtractedDocument doc;

    @BeforeAll
    static void extract() throws ExtractionException {
        doc = Fixtures.extract(Fixtures.RES_78_311_AR);
    }

    private static Paragraph operative(int n) {
        return doc.paragraphs().stream().filter(p -> p.operative() && p.number() == n).findFirst().orElseThrow();
    }

    private static Paragraph preambular(int n) {
        return doc.paragraphs().stream().filter(p -> !p.operative() && p.position() == n).findFirst().orElseThrow();
    }

    @Test
    void symbolComesFromTheResolutionNumberLineReadRightToLeft() {
        assertEquals("A/RES/78/311", doc.symbol());
        assertEquals(Genre.GA_RESOLUTION, doc.genre());
        assertEquals("ar", doc.language());
    }

    @Test
    void headerGivesSessionAgendaItemAdoptionDateAndMeeting() {
        assertEquals(78, doc.session());
        assertEquals(13, doc.agendaItem());
        assertEquals(LocalDate.of(2024, 7, 1), doc.date());
        assertEquals(97, doc.plenaryMeeting());
    }

    @Test
    void basisIsTheDraftWithoutReferenceToAMainCommittee() {
        assertEquals(new Basis("A/78/L.86", false, null, null), doc.basis());
    }

    @Test
    void titleIsTheTextAfterTheNumber() {
        assertEquals("تعزيز التعاون الدولي بشأن بناء القدرات في مجال الذكاء الاصطناعي", doc.title());
    }

    @Test
    void fifteenPreambularAndFifteenOperativeParagraphs() {
        assertEquals(15, doc.preambularCount());
        assertEquals(15, doc.operativeCount());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                doc.paragraphs().stream().filter(Paragraph::operative).map(Paragraph::number).toList());
    }

    @Test
    void everyOperativeParagraphHasItsVerb() {
        List<String> verbs = doc.paragraphs().stream().filter(Paragraph::operative).map(p -> p.phrase().english()).toList();
        assertEquals(List.of("Decides", "Encourages", "Invites", "Invites", "Encourages", "Invites", "Encourages", "Encourages",
                "Calls upon", "Calls upon", "Encourages", "Supports", "Invites", "Looks forward to", "Requests"), verbs);
    }

    @Test
    void damagedPreambleParticlesStillOpenPreambularParagraphs() {
        assertEquals("إنه تعيد تأكيد", preambular(1).openingWords());
        assertEquals("Reaffirming", preambular(1).phrase().english());
        assertEquals("وإنّ تلاحظ أيضا مع القلق", preambular(9).openingWords());
        assertEquals("Noting with concern", preambular(9).phrase().english());
    }

    @Test
    void damagedOperativeVerbsAreReadAsCallsUpon() {
        assertEquals("تهيئ", operative(9).openingWords());
        assertEquals("تهييب", operative(10).openingWords());
    }

    @Test
    void paragraphInterruptedByAPageBreakAndAFootnoteIsJoined() {
        Paragraph p = preambular(3);
        assertTrue(p.text().contains("و 77/320 المؤرخ 25 تموز/يوليه 2023"), p.text());
        assertFalse(p.text().contains("217"), "the footnote stays out of the paragraph");
        assertEquals(List.of("A/RES/78/265", "A/RES/77/320", "A/RES/78/132", "A/RES/78/213"),
                p.citations().stream().map(Citation::symbol).toList());
    }

    @Test
    void citationsCarryTheDateAndTitleTheTextGives() {
        Citation agenda = preambular(2).citations().get(0);
        assertEquals("A/RES/70/1", agenda.symbol());
        assertEquals(LocalDate.of(2015, 9, 25), agenda.date());
        assertEquals("تحويل عالمنا: خطة التنمية المستدامة لعام 2030", agenda.title());
    }

    @Test
    void footnoteCitesTheUniversalDeclarationUnderItsNormalisedSymbol() {
        Footnote note = doc.footnotes().get(0);
        assertEquals(1, note.number());
        assertEquals("القرار 217 ألف (د-3).", note.text());
        assertEquals(List.of("A/RES/217(III)"), note.citations().stream().map(Citation::symbol).toList());
        assertEquals(List.of(1), preambular(1).footnotes());
    }

    @Test
    void requestToTheSecretaryGeneralHasItsAddresseeAndSessionDeadline() {
        Paragraph p = operative(15);
        assertEquals(List.of(ID + "body/SG"), p.addressees());
        assertEquals(new Deadline(null, 80), p.deadline());
        assertEquals("80th session", p.deadline().label());
    }

    @Test
    void encouragementNamesMemberStatesAsAddressee() {
        assertEquals(List.of(ID + "group/member-states"), operative(2).addressees());
    }

    @Test
    void decisionHasNoAddressee() {
        assertEquals(List.of(), operative(1).addressees());
        assertNull(operative(1).addresseeText());
    }

    @Test
    void bodiesNamedInAParagraphAreFound() {
        assertTrue(operative(14).mentions().containsAll(List.of(ID + "body/HLAB-AI", ID + "body/GDC", ID + "body/PactForFuture")),
                operative(14).mentions().toString());
    }

    @Test
    void paragraphOffsetsPointAtItsWordsInTheSourceFile() {
        String source = new String(Fixtures.bytes(Fixtures.RES_78_311_AR), java.nio.charset.StandardCharsets.UTF_8);
        Paragraph p = operative(15);
        String atSource = source.substring(source.offsetByCodePoints(0, p.span().start()), source.offsetByCodePoints(0, p.span().end()));
        assertTrue(atSource.startsWith("تطلب** إلى الأمين العام"), atSource);
        assertTrue(atSource.endsWith("تلك التحديات."), atSource);
    }
}
