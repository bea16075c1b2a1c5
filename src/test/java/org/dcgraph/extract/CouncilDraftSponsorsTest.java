package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Drafts of the Economic and Social Council (real PDFs of its 2025 session) print their sponsor before the kind of
 * draft with the marks of their notes after the colon ("Iraq:*,** draft resolution": Iraq on behalf of the Group of 77
 * and China, under rule 72), and some are drafts of decisions: the sponsor is read in both.
 */
class CouncilDraftSponsorsTest {
    private static final String IRAQ = "https://w3id.org/dcgraph/id/country/IRQ";

    /** A PDF as the pipeline reads any file: its text layer, then the document in it. */
    private static ExtractedDocument read(String resource) throws ExtractionException {
        return Fixtures.readAknBytes(resource, Fixtures.bytes(resource)).get(0);
    }

    @Test
    void aSponsorFollowedByTheMarksOfItsNotesIsRead() throws ExtractionException {
        ExtractedDocument draft = read("pdf/E_2025_L.10.en.pdf");
        assertEquals("E/2025/L.10", draft.symbol());
        assertEquals(List.of(IRAQ), draft.sponsors());
        assertEquals(1, draft.sponsorships().size());
    }

    @Test
    void theSponsorOfADraftDecisionIsRead() throws ExtractionException {
        ExtractedDocument draft = read("pdf/E_2025_L.11.en.pdf");
        assertEquals("E/2025/L.11", draft.symbol());
        assertEquals(List.of(IRAQ), draft.sponsors());
    }
}
