package org.dcgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.Footnote;
import org.junit.jupiter.api.Test;

/**
 * Resolutions whose footnotes are not numbered from 1, rendered from the UN's Akoma Ntoso by the fidelity benchmark
 * (bench/fidelity/Render.java, which prints the markup's own markers) and read back; expected values are the markup's.
 * A/RES/76/16 in Arabic is A_RES_76_16-2118171A.xml (notes 2 to 25); A/RES/75/257 B in English is
 * "A_RES_75_257 B-2109408E.xml" (notes 2 to 4, the first on the part's letter in its title); A/RES/75/245 B in English is
 * 75_245B_E.xml (notes 1 to 3, the first called on the title).
 */
class RenderedNoteNumberingTest {

    /** The Arabic notes, in brackets and not raised, start at 2: the page above calls (2), so the rule opens a note. */
    @Test
    void arabicNotesNumberedFromTwoAreRead() throws ExtractionException {
        ExtractedDocument d = Fixtures.extractRenderedPdf("A_RES_76_16.ar.rendered.pdf");
        List<Footnote> notes = d.footnotes();
        assertEquals(24, notes.size());
        assertEquals(2, notes.get(0).number());
        assertEquals(25, notes.get(notes.size() - 1).number());
        assertEquals("United Nations, Treaty Series, vol.823, No.11806.", notes.get(0).text());
        assertEquals("القرار 70/1.", notes.get(13).text());
    }

    /**
     * Part B of a resolution goes on with its part A's numbering: its notes are 2, 3 and 4, the first on the letter "B"
     * printed below the title, which stays the title.
     */
    @Test
    void aPartsNotesGoOnFromTheFirstPart() throws ExtractionException {
        ExtractedDocument d = Fixtures.extractRenderedPdf("A_RES_75_257B.en.rendered.pdf");
        List<Footnote> notes = d.footnotes();
        assertEquals(List.of(2, 3, 4), notes.stream().map(Footnote::number).toList());
        assertTrue(notes.get(0).text().startsWith("Resolution 75/257, in section I of the Official Records of the General Assembly"), notes.get(0).text());
        assertEquals("A/75/809.", notes.get(2).text());
        assertEquals("Extraordinary Chambers in the Courts of Cambodia – residual functions", d.title());
        assertEquals(4, d.preambularCount());
        assertEquals(3, d.operativeCount());
    }

    /** The note called at the end of the title is a footnote, and its number no part of the title's words. */
    @Test
    void aNoteCalledOnTheTitleLeavesTheTitlesWords() throws ExtractionException {
        ExtractedDocument d = Fixtures.extractRenderedPdf("A_RES_75_245B.en.rendered.pdf");
        assertEquals("United Nations common system", d.title());
        List<Footnote> notes = d.footnotes();
        assertEquals(List.of(1, 2, 3), notes.stream().map(Footnote::number).toList());
        assertTrue(notes.get(0).text().startsWith("Resolution 75/245, in section VI of the Official Records of the General Assembly"), notes.get(0).text());
    }
}
