package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A report of the Secretary-General in English with a clean text layer (a sample written for the tests in the
 * layout of the UN's reports) goes through the same extractor as the damaged Arabic road map.
 */
class EnglishReportExtractionTest {
    private static ExtractedDocument doc;

    @BeforeAll
    static void extract() throws ExtractionException {
        doc = Fixtures.extract(SourceFile.of("sample", Fixtures.bytes("corpus-extra/sg-report-en-sample.txt")));
    }

    @Test
    void headerGivesSymbolSessionAgendaItemDateAndTitle() {
        assertEquals("A/99/123", doc.symbol());
        assertEquals(99, doc.session());
        assertEquals(17, doc.agendaItem());
        assertEquals(LocalDate.of(2031, 3, 14), doc.date());
        assertEquals("Progress on digital cooperation", doc.title());
        assertEquals("SG", doc.report().author());
    }

    @Test
    void sectionsAndSubSectionsAreReadButNotTheContents() {
        assertEquals(List.of("I", "II", "II.A", "II.B"), doc.sections().stream().map(Section::label).toList());
        assertEquals("Follow-up of the recommendations", doc.sections().get(1).title());
    }

    @Test
    void recommendationHeadingsNameTheirCodes() {
        assertEquals(List.of("1A"), doc.sections().get(2).recommendations());
        assertEquals(List.of("3C", "5A"), doc.sections().get(3).recommendations());
        assertEquals(List.of("3C", "5A"), doc.paragraphs().get(3).recommendations());
    }

    @Test
    void paragraphsAreJoinedAcrossLinesAndFootnotesRead() {
        assertEquals(4, doc.numberedCount());
        assertEquals("Its paragraphs are numbered from 1 across the whole report, and some of them continue on the next line, as printed paragraphs do.",
                doc.paragraphs().get(1).text());
        assertEquals(List.of(1), doc.paragraphs().get(0).footnotes());
        assertEquals(List.of("http://www.example.org/digital-cooperation"), doc.footnotes().get(0).urls());
        assertEquals(List.of("A/RES/78/265"), doc.footnotes().get(1).citations().stream().map(Citation::symbol).toList());
        assertEquals(List.of("A/78/L.49"), doc.paragraphs().get(3).citations().stream().map(Citation::symbol).toList());
    }
}
