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

    @Test
    void aSeriesOrEarlySessionWrittenSmallIsTheUnsSymbol() {
        // links of the French A/RES/76/165 and A/RES/76/290
        assertEquals("A/HRC/RES/45/4", AknText.undocsSymbol("https://undocs.org/fr/A/hrc/RES/45/4"));
        assertEquals("A/RES/1874(S-IV)", AknText.undocsSymbol("https://undocs.org/fr/A/RES/1874(s-iv)"));
        assertEquals("A/RES/2252(ES-V)", AknText.undocsSymbol("https://undocs.org/fr/A/RES/2252(es-v)"));
        assertEquals("A/HRC/45/10/Add.1", AknText.undocsSymbol("https://undocs.org/en/A/HRC/45/10/Add.1"));
    }

    @Test
    void directionMarksAreLeftOutOfTheWords() throws Exception {
        // the title of the Arabic A/RES/75/224, with the right-to-left marks its markup holds
        String xml = "<docTitle>تنفيذ نتائج مؤتمري الأمم المتحدة للمستوطنات البشرية والإسكان \u200Fوالتنمية الحضرية المستدامة"
                + " وتعزيز برنامج الأمم المتحدة \u200Fللمستوطنات البشرية (موئل الأمم المتحدة)\u200F</docTitle>";
        org.w3c.dom.Element e = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals("تنفيذ نتائج مؤتمري الأمم المتحدة للمستوطنات البشرية والإسكان والتنمية الحضرية المستدامة"
                + " وتعزيز برنامج الأمم المتحدة للمستوطنات البشرية (موئل الأمم المتحدة)", AknText.of(e).text);
    }
}
