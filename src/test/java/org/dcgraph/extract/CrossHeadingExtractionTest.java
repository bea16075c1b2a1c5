package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A/RES/78/148 in English (rendered from the UN's XML), whose preamble is grouped under four unnumbered
 * cross-headings; the UN's XML has 30 preambular paragraphs under 4 headings, and 17 operative paragraphs.
 */
class CrossHeadingExtractionTest {
    private static ExtractedDocument doc;

    @BeforeAll
    static void extract() throws ExtractionException {
        doc = Fixtures.extract(SourceFile.of("res-78-148-en.txt", Fixtures.bytes("corpus-extra/res-78-148-en.txt")));
    }

    @Test
    void crossHeadingsAreUnnumberedSectionsNotParagraphs() {
        assertEquals(List.of("Transport and transit corridors", "Countries in special situations", "Multimodal transportation", "Social aspects"),
                doc.sections().stream().map(Section::title).toList());
        assertEquals(List.of("h1", "h2", "h3", "h4"), doc.sections().stream().map(Section::label).toList());
    }

    @Test
    void thirtyPreambularAndSeventeenOperativeParagraphs() {
        assertEquals(30, doc.preambularCount());
        assertEquals(17, doc.operativeCount());
    }

    @Test
    void paragraphsUnderAHeadingBelongToIt() {
        Paragraph first = doc.paragraphs().stream().filter(p -> "h1".equals(p.section())).findFirst().orElseThrow();
        assertTrue(first.text().startsWith("Noting the need for continued international cooperation"), first.text());
        assertEquals(null, doc.paragraphs().get(0).section());
    }

    @Test
    void operativePartIsUnderNoCrossHeading() {
        assertTrue(doc.paragraphs().stream().filter(Paragraph::operative).allMatch(p -> p.section() == null));
    }
}
