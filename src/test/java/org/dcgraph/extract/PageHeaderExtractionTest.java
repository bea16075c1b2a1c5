package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A/RES/78/311 in English with the furniture a printed page adds at a page break put back between two
 * paragraphs, as a PDF's text layer has it: the page counter and job number, the symbol, and the running title.
 */
class PageHeaderExtractionTest {
    private static final String PAGE_BREAK = "\n\n2/7 24-12313\n\nA/RES/78/311\n\n"
            + "Enhancing international cooperation on capacity-building of artificial intelligence\n\n";
    private static ExtractedDocument doc;

    @BeforeAll
    static void extract() throws ExtractionException {
        String text = new String(Fixtures.bytes("corpus-extra/res-78-311-en.txt"), StandardCharsets.UTF_8);
        int at = text.indexOf("Emphasizing that Member States");
        String paged = text.substring(0, at).stripTrailing() + PAGE_BREAK + text.substring(at);
        doc = Fixtures.extract(SourceFile.of("paged.txt", paged.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pageFurnitureAddsNoParagraphAndNoWords() {
        assertEquals(15, doc.preambularCount());
        assertEquals(15, doc.operativeCount());
        doc.paragraphs().forEach(p -> {
            assertFalse(p.text().contains("24-12313"), p.text());
            assertFalse(p.text().endsWith("artificial intelligence"), p.text());
        });
    }

    @Test
    void runningTitleIsNotTakenForACrossHeading() {
        assertEquals(java.util.List.of(), doc.sections());
    }

    @Test
    void symbolAndTitleAreStillReadFromTheFirstPage() {
        assertEquals("A/RES/78/311", doc.symbol());
        assertEquals("Enhancing international cooperation on capacity-building of artificial intelligence", doc.title());
    }
}
