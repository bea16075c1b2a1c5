package org.dcgraph.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSymbolTest {
    @Test
    void aJointSymbolIsOneDocumentKnownByEachOfItsSymbols() {
        assertEquals(List.of("A/80/74", "E/2025/53"), DocumentSymbol.onCover(" United Nations  A/80/74-E/2025/53\n\nGeneral Assembly\n").all());
    }

    @Test
    void aHyphenInsideASeriesJoinsNothing() {
        assertEquals(List.of("DP-FPA/2025/1"), DocumentSymbol.onCover(" United Nations  DP-FPA/2025/1 \n").all());
        assertEquals(List.of("A/ES-10/1023"), DocumentSymbol.split("A/ES-10/1023"));
    }

    @Test
    void aSecurityCouncilResolutionKeepsItsYearWithoutASpace() {
        assertEquals("S/RES/2770(2025)", DocumentSymbol.onCover(" United Nations  S/RES/2770 (2025)\n").primary());
    }

    @Test
    void aSymbolWithABracketedPartIsRead() {
        assertEquals("ICCD/COP(8)/CST/8", DocumentSymbol.onCover("UNITED\nNATIONS\nICCD/COP(8)/CST/8\n10 July 2007\n").primary());
    }

    @Test
    void revisionsAddendaAndCorrigendaNameTheDocumentTheyChange() {
        assertEquals(DocumentSymbol.Change.CORRIGENDUM, DocumentSymbol.change("DP/2025/14/Corr.1"));
        assertEquals("DP/2025/14", DocumentSymbol.changedDocument("DP/2025/14/Corr.1"));
        assertEquals(DocumentSymbol.Change.REVISION, DocumentSymbol.change("E/2025/15/Add.1/Rev.1"));
        assertEquals("E/2025/15/Add.1", DocumentSymbol.changedDocument("E/2025/15/Add.1/Rev.1"));
        assertEquals(DocumentSymbol.Change.ADDENDUM, DocumentSymbol.change("S/2025/10/Add.32"));
        assertNull(DocumentSymbol.change("A/79/722"));
    }

    @Test
    void aLimitedDocumentIsADraftInEverySeries() {
        assertTrue(DocumentSymbol.isLimited("E/ICEF/2025/L.17"));
        assertFalse(DocumentSymbol.isLimited("E/2025/60"));
    }

    @Test
    void proseWithSlashesHasNoSymbol() {
        assertNull(DocumentSymbol.onCover("Shopping and/or cooking\nhttps://documents.un.org/contact-us\n"));
    }

    @Test
    void theGenreRefinesWhatTheSymbolSaysByWhatTheCoverPrints() {
        assertEquals(Genre.RESOLUTION, GenreRecogniser.refine("S/RES/2770(2025)", "Resolution 2770 (2025)"));
        assertEquals(Genre.DRAFT, GenreRecogniser.refine("E/2025/L.21", "Draft decision submitted by the Vice-President"));
        assertEquals(Genre.LETTER, GenreRecogniser.refine("S/2025/434", "  Letter dated 30 June 2025 from the President"));
        assertEquals(Genre.NOTE_VERBALE, GenreRecogniser.refine("A/80/1", "Note verbale dated 2 May 2025 from the Permanent Mission"));
        assertEquals(Genre.NOTE, GenreRecogniser.refine("E/C.16/2024/4", "  Note by the Secretariat"));
        assertEquals(Genre.DOCUMENT, GenreRecogniser.refine("S/2025/117", "Russian Federation: amendment to the draft resolution"));
    }
}
