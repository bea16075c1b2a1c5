package org.dcgraph.extract.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;

/**
 * The Arabic markup of session 75 (75_90_A.xml, A/RES/75/90) prints the agenda item only in the cover's words
 * ("البند 39 من جدول الأعمال", no title attribute, no agenda keyword), keeps the number line's dash in the title
 * ("-	الحالة في أفغانستان") and writes each operative paragraph's number in its words ("1 -	تتعهد ...") without a num.
 */
class AknSession75Test {
    private static final ExtractedDocument DOC = read();

    private static ExtractedDocument read() {
        try {
            return Fixtures.readAknBytes("75_90_A.xml", Fixtures.bytes("akn-session75/75_90_A.xml")).get(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void agendaItemIsReadFromTheCoverWords() {
        assertEquals(39, DOC.agendaItem());
        assertEquals(List.of("39"), DOC.header().agendaItems());
    }

    @Test
    void titleLosesTheDashOfTheNumberLine() {
        assertEquals("الحالة في أفغانستان", DOC.title());
    }

    @Test
    void operativeParagraphsAreNumberedFromTheirWords() {
        assertEquals(19, DOC.preambularCount());
        assertEquals(68, DOC.operativeCount());
        assertEquals(1, DOC.paragraphs().stream().filter(p -> p.operative()).findFirst().orElseThrow().number());
        assertEquals("تتعهد بمواصلة دعمها", DOC.paragraphs().stream().filter(p -> p.operative()).findFirst().orElseThrow().text()
                .substring(0, "تتعهد بمواصلة دعمها".length()));
    }
}
