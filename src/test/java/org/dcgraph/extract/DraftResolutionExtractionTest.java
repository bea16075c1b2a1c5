package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.recognise.Genre;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The English draft A/78/L.86, whose text lost its symbol, with 28 sponsors. */
class DraftResolutionExtractionTest {
    private static final String COUNTRY = "https://w3id.org/dcgraph/id/country/";
    private static ExtractedDocument doc;

    @BeforeAll
    static void extract() throws ExtractionException {
        doc = Fixtures.extract(Fixtures.DRAFT_L86_EN);
    }

    @Test
    void draftWhoseSymbolWasLostHasNone() {
        assertEquals(Genre.GA_DRAFT_RESOLUTION, doc.genre());
        assertNull(doc.symbol());
    }

    @Test
    void headerGivesIssueDateSessionAndAgendaItem() {
        assertEquals(LocalDate.of(2024, 6, 25), doc.date());
        assertEquals(78, doc.session());
        assertEquals(13, doc.agendaItem());
        assertEquals("Enhancing international cooperation on capacity-building of artificial intelligence", doc.title());
    }

    @Test
    void twentyEightSponsorsAllWithIsoCodes() {
        List<String> iso = doc.sponsors().stream().map(s -> s.substring(COUNTRY.length())).toList();
        assertEquals(List.of("DZA", "BDI", "KHM", "CHN", "COG", "CUB", "DMA", "EGY", "GNQ", "ERI", "GAB", "IDN", "IRN", "IRQ",
                "KAZ", "LAO", "LBR", "NIC", "NGA", "PAK", "QAT", "SLE", "SYR", "UGA", "TZA", "VEN", "ZMB", "ZWE"), iso);
        assertEquals(28, doc.sponsorships().size());
    }

    @Test
    void operativeVerbsAreTheEnglishOnes() {
        assertEquals(List.of("Resolves", "Encourages", "Calls upon", "Calls upon", "Encourages", "Calls upon", "Encourages",
                        "Encourages", "Calls upon", "Calls upon", "Encourages", "Supports", "Calls upon", "Looks forward to", "Requests"),
                doc.paragraphs().stream().filter(Paragraph::operative).map(p -> p.phrase().english()).toList());
    }

    @Test
    void preambularPhraseWithAModifierInsideIsRecognised() {
        Paragraph p = doc.paragraphs().get(8);
        assertEquals("Noting also with concern", p.openingWords());
        assertEquals("Noting with concern", p.phrase().english());
    }

    @Test
    void paragraphSplitByAPageBreakIsOneParagraph() {
        Paragraph five = doc.paragraphs().stream().filter(p -> p.operative() && p.number() == 5).findFirst().orElseThrow();
        assertEquals(true, five.text().endsWith("among others for sharing experiences and best practices;"));
    }

    @Test
    void requestHasTheSecretaryGeneralAndTheEightiethSession() {
        Paragraph p = doc.paragraphs().stream().filter(x -> x.operative() && x.number() == 15).findFirst().orElseThrow();
        assertEquals(List.of("https://w3id.org/dcgraph/id/body/SG"), p.addressees());
        assertEquals(new Deadline(null, 80), p.deadline());
    }
}
