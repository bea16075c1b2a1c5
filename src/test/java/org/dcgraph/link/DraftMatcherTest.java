package org.dcgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DraftMatcherTest {
    private static ExtractedDocument resolution;
    private static ExtractedDocument draft;
    private static ExtractedDocument otherResolution;

    @BeforeAll
    static void extract() throws ExtractionException {
        resolution = Fixtures.extract(Fixtures.RES_78_311_AR);
        draft = Fixtures.extract(Fixtures.DRAFT_L86_EN);
        otherResolution = Fixtures.extract(Fixtures.RES_78_132_AR);
    }

    @Test
    void englishDraftGetsTheSymbolItsArabicResolutionNames() {
        LinkResult r = DraftMatcher.link(List.of(resolution, otherResolution, draft));
        assertEquals("A/78/L.86", r.documents().get(2).symbol());
        assertEquals(1, r.draftLinks().size());
        assertEquals("A/RES/78/311", r.draftLinks().get(0).resolution().symbol());
    }

    @Test
    void paragraphsArePairedOneForOne() {
        DraftLink link = DraftMatcher.link(List.of(resolution, draft)).draftLinks().get(0);
        assertEquals(30, link.pairs().size());
        assertEquals(15, link.pairs().stream().filter(p -> p.inDraft().operative() && p.inResolution().operative()).count());
    }

    @Test
    void draftWithoutItsResolutionKeepsNoSymbolAndIsReported() {
        LinkResult r = DraftMatcher.link(List.of(draft, otherResolution));
        assertNull(r.documents().get(0).symbol());
        assertTrue(r.notes().get(0).contains("provisional IRI"), r.notes().toString());
    }

    @Test
    void twoIndistinguishableDraftsAreNotGuessedBetween() throws ExtractionException {
        ExtractedDocument twin = Fixtures.extract(SourceFile.of("twin.txt", Fixtures.bytes(Fixtures.DRAFT_L86_EN)));
        LinkResult r = DraftMatcher.link(List.of(resolution, draft, twin));
        assertEquals(0, r.draftLinks().size());
        assertTrue(r.notes().get(0).contains("2 drafts could be A/78/L.86"), r.notes().toString());
    }

    @Test
    void resolutionOfAnotherAgendaItemIsNoMatch() {
        assertEquals(false, DraftMatcher.sameText(draft, otherResolution));
    }
}
