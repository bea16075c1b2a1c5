package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A/RES/78/105 in English (rendered from the UN's XML): on the report of the Sixth Committee, citing a resolution of 1966. */
class SixthCommitteeResolutionExtractionTest {
    private static ExtractedDocument doc;

    @BeforeAll
    static void extract() throws ExtractionException {
        doc = Fixtures.extract(SourceFile.of("res-78-105-en.txt", Fixtures.bytes("corpus-extra/res-78-105-en.txt")));
    }

    @Test
    void ninePreambularAndFiveOperativeParagraphs() {
        assertEquals(9, doc.preambularCount());
        assertEquals(5, doc.operativeCount());
    }

    @Test
    void preambularPhrasesAreReadInOrder() {
        assertEquals(List.of("Recalling", "Noting", "Believing", "Convinced", "Convinced", "Mindful", "Mindful", "Noting", "Noting"),
                doc.paragraphs().stream().filter(p -> !p.operative()).map(p -> p.phrase().english()).toList());
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
