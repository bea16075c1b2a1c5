package org.dcgraph.extract.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The symbols of the documents that undocs.org links in the UN's Akoma Ntoso files point to. */
class AknTextTest {
    @Test
    void linkWithALanguageSegmentNamesTheSymbolAlone() {
        assertEquals("A/RES/70/1", AknText.undocsSymbol("https://undocs.org/en/A/RES/70/1"));
        assertEquals("A/RES/70/1", AknText.undocsSymbol("https://undocs.org/ch/A/RES/70/1"));
    }

    @Test
    void linkWithADoubledSlashBeforeItsLanguageNamesTheSymbol() {
        // as printed in footnote 20 of the English A/RES/75/181
        assertEquals("A/RES/217(III)", AknText.undocsSymbol("https://undocs.org//en/A/RES/217 (III)"));
    }

    @Test
    void aSeriesWrittenSmallOrTheSupplementEditionNamesTheDocumentAsPrinted() {
        // links of the English A/RES/77/205 and A/RES/75/132
        assertEquals("A/HRC/RES/43/1", AknText.undocsSymbol("https://undocs.org/en/A/hrc/RES/43/1"));
        assertEquals("A/62/54", AknText.undocsSymbol("https://undocs.org/en/A/62/54(supp)"));
        assertEquals("A/54/383/Add.1", AknText.undocsSymbol("https://undocs.org/en/A/54/383/Add.1"));
    }

    @Test
    void linkElsewhereNamesNoSymbol() {
        assertNull(AknText.undocsSymbol("https://www.un.org/en/A/RES/70/1"));
    }
}
