package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A/RES/78/105 in English (rendered from the UN's XML), whose third preambular paragraph opens with
 * "Believing", a phrase the vocabulary may lack: the paragraph must stand on its own, not be glued to
 * the one before.
 */
class UnknownOpeningPhraseExtractionTest {
    private static ExtractedDocument doc;

    @BeforeAll
    static void extract() throws ExtractionException {
        doc = Fixtures.extract(SourceFile.of("res-78-105-en.txt", Fixtures.bytes("corpus-extra/res-78-105-en.txt")));
    }

    @Test
    void everyPreambularParagraphStandsOnItsOwn() {
        assertEquals(9, doc.preambularCount());
        assertEquals(5, doc.operativeCount());
    }

    @Test
    void paragraphWithAnUnknownPhraseKeepsItsWords() {
        Paragraph third = doc.paragraphs().get(2);
        assertTrue(third.text().startsWith("Believing that it would be desirable"), third.text());
        assertNull(third.phrase());
        assertTrue(!doc.paragraphs().get(1).text().contains("Believing"), doc.paragraphs().get(1).text());
    }

    @Test
    void knownPhrasesAroundItAreRead() {
        List<String> phrases = doc.paragraphs().stream().filter(p -> !p.operative())
                .map(p -> p.phrase() == null ? null : p.phrase().english()).toList();
        assertEquals("Recalling", phrases.get(0));
        assertEquals("Noting", phrases.get(1));
        assertEquals("Convinced", phrases.get(3));
        assertEquals("Mindful", phrases.get(6));
    }

    @Test
    void resolutionOfAnEarlySessionIsCitedWithItsRomanSession() {
        assertEquals("A/RES/2205(XXI)", doc.paragraphs().get(0).citations().get(0).symbol());
    }

    @Test
    void sixthCommitteeReportIsTheBasis() {
        assertEquals(new Basis("A/78/433", true, "C6", 13), doc.basis());
        assertEquals(45, doc.plenaryMeeting());
    }
}
