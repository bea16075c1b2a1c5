package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The opening of A/RES/78/69 in Arabic (an excerpt, rendered from the UN's XML), whose fourth preambular
 * paragraph opens with "وإذ تسلمبأن": the space between the verb and the next word lost, so no phrase
 * of the vocabulary can match. The paragraph must stand on its own, not be glued to the one before.
 */
class UnknownOpeningPhraseExtractionTest {
    private static ExtractedDocument doc;

    @BeforeAll
    static void extract() throws ExtractionException {
        doc = Fixtures.extract(SourceFile.of("res-78-69-ar-excerpt.txt", Fixtures.bytes("corpus-extra/res-78-69-ar-excerpt.txt")));
    }

    @Test
    void everyPreambularParagraphStandsOnItsOwn() {
        assertEquals(6, doc.preambularCount());
        assertEquals(2, doc.operativeCount());
    }

    @Test
    void paragraphWithAnUnknownPhraseKeepsItsWordsAndNoPhrase() {
        Paragraph fourth = doc.paragraphs().get(3);
        assertTrue(fourth.text().startsWith("وإذ تسلمبأن الاتفاقية تسهم"), fourth.text());
        assertNull(fourth.phrase());
        assertTrue(!doc.paragraphs().get(2).text().contains("تسلمبأن"), doc.paragraphs().get(2).text());
    }

    @Test
    void knownPhrasesAroundItAreRead() {
        List<String> phrases = Arrays.asList(doc.paragraphs().stream().filter(p -> !p.operative())
                .map(p -> p.phrase() == null ? null : p.phrase().english()).toArray(String[]::new));
        assertEquals(Arrays.asList("Reaffirming", "Recalling", "Having considered", null, "Stressing", "Noting with appreciation"), phrases);
    }
}
