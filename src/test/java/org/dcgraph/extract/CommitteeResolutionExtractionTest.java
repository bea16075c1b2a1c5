package org.dcgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A/RES/78/132 in Arabic: adopted on the report of the Second Committee, with footnotes that list resolutions. */
class CommitteeResolutionExtractionTest {
    private static ExtractedDocument doc;

    @BeforeAll
    static void extract() throws ExtractionException {
        doc = Fixtures.extract(Fixtures.RES_78_132_AR);
    }

    private static Set<String> allCited() {
        Set<String> cited = doc.paragraphs().stream().flatMap(p -> p.citations().stream()).map(Citation::symbol).collect(Collectors.toSet());
        doc.footnotes().forEach(f -> f.citations().forEach(c -> cited.add(c.symbol())));
        return cited;
    }

    @Test
    void headerGivesSymbolDateAgendaItemAndMeeting() {
        assertEquals("A/RES/78/132", doc.symbol());
        assertEquals(LocalDate.of(2023, 12, 19), doc.date());
        assertEquals(78, doc.session());
        assertEquals(15, doc.agendaItem());
        assertEquals(49, doc.plenaryMeeting());
    }

    @Test
    void basisIsTheSecondCommitteeReportAndItsParagraph() {
        assertEquals(new Basis("A/78/458", true, "C2", 11), doc.basis());
    }

    @Test
    void fiftySixPreambularAndFiftyNineOperativeParagraphs() {
        assertEquals(56, doc.preambularCount());
        assertEquals(59, doc.operativeCount());
    }

    @Test
    void everyOperativeParagraphHasAVerb() {
        List<Integer> without = doc.paragraphs().stream().filter(p -> p.operative() && p.phrase() == null).map(Paragraph::number).toList();
        assertEquals(List.of(), without);
    }

    @Test
    void resolutionsListedOnlyInFootnotesAreCited() {
        assertTrue(allCited().containsAll(List.of("A/RES/56/183", "A/RES/76/189", "E/RES/2006/46", "E/RES/2022/15",
                "A/RES/71/256", "A/C.2/59/3", "A/60/687", "A/74/821", "A/75/982", "E/CN.16/2018/CRP.3", "A/78/62", "E/2023/49")));
    }

    @Test
    void ecosocResolutionInTheBodyIsReadYearFirst() {
        Paragraph p = doc.paragraphs().get(1);
        assertEquals("E/RES/2023/3", p.citations().get(0).symbol());
        assertEquals(LocalDate.of(2023, 6, 7), p.citations().get(0).date());
    }

    @Test
    void decisionIsCitedAsADecision() {
        assertTrue(allCited().contains("A/DEC/77/568"), allCited().toString());
    }

    @Test
    void footnotesKeepTheirPrintedNumbers() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 15, 16, 17), doc.footnotes().stream().map(Footnote::number).toList());
    }

    @Test
    void reportingRequestIsDueAtTheSeventyNinthSession() {
        Paragraph p = doc.paragraphs().stream().filter(x -> x.operative() && x.number() == 57).findFirst().orElseThrow();
        assertEquals("Requests", p.phrase().english());
        assertEquals(new Deadline(null, 79), p.deadline());
        assertEquals(List.of("https://w3id.org/dcgraph/id/body/SG"), p.addressees());
    }
}
