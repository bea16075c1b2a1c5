package org.dcgraph.extract.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * A/RES/80/243 (Special subjects relating to the proposed programme budget for 2026), the UN's own Akoma Ntoso file:
 * a resolution in Roman-numbered sections, each with a preamble of its own, marked up as preambles and main bodies
 * in turn. Every one of them is read, in its section; a section whose one operative paragraph is printed without a
 * number has it as its paragraph 1.
 */
class SectionPreamblesTest {
    private static ExtractedDocument read() throws ExtractionException {
        List<ExtractedDocument> docs = Fixtures.readAkn("akn/A_RES_80_243-2521248E.xml");
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    private static List<String> kinds(ExtractedDocument d, String section) {
        return d.paragraphs().stream().filter(p -> section.equals(p.section()))
                .map(p -> (p.operative() ? "op " + p.number() : "pp") + " " + (p.phrase() == null ? "-" : p.phrase().english())).toList();
    }

    @Test
    void eachSectionHasItsPreambleAndItsOperativeParagraphs() throws ExtractionException {
        ExtractedDocument d = read();
        assertEquals("A/RES/80/243", d.symbol());
        assertEquals(List.of("pp Recalling", "pp Recalling", "pp Having considered", "op 1 Takes note", "op 2 Endorses", "op 3 Requests"),
                kinds(d, "I"));
        assertEquals(List.of("pp Recalling", "pp Having considered", "op 1 Takes note", "op 2 Endorses", "op 3 Appropriates"),
                kinds(d, "II"));
        // "XVIII International Trade Centre" has one operative paragraph, printed without a number
        assertEquals(List.of("op 1 Approves"), kinds(d, "XVIII"));
        assertEquals(33, d.preambularCount());
        Paragraph second = d.paragraphs().stream().filter(p -> "II".equals(p.section()) && !p.operative()).findFirst().orElseThrow();
        assertTrue(second.text().startsWith("Recalling part XI of its resolution 64/243 of 24 December 2009"), second.text());
        assertTrue(d.sections().stream().anyMatch(s -> s.label().equals("I")
                && s.title().startsWith("Conditions of service and compensation for officials other than Secretariat officials")));
    }
}
