package org.dcgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dcgraph.extract.ExtractionException;
import org.dcgraph.extract.MandateAnswer;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.store.Store;
import org.dcgraph.store.StoreBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The life of a mandate, on real documents: A/RES/78/128 (UN Akoma Ntoso, Arabic) requests the Secretary-General in its
 * paragraph 24 to prepare concept papers for the 2025 United Nations Ocean Conference, and the concept paper
 * A/CONF.230/2025/10 "was prepared pursuant to paragraph 24 of General Assembly resolution 78/128" (first two pages of
 * the UN's PDF); A/RES/78/132 (English) requests a report at the seventy-ninth session, which nothing in the store
 * answers, and the report A/80/179 (first two pages of the UN's PDF, "submitted pursuant to General Assembly resolution
 * 79/264") puts the store's latest session at the eightieth.
 */
class MandateStatusTest {
    static final String CONCEPT_PAPER = "answers/A_CONF.230_2025_10-first-pages.en.pdf";
    static final String REPORT_80_179 = "answers/A_80_179-first-pages.en.pdf";
    private static final String ID = "https://w3id.org/dcgraph/id/";
    private static Store store;
    private static StoreBuilder.Outcome outcome;

    @BeforeAll
    static void build() {
        store = Store.inMemory();
        outcome = new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, List.of(Fixtures.file(Fixtures.AKN_78_128_AR),
                Fixtures.file(Fixtures.AKN_78_132_EN), Fixtures.file(CONCEPT_PAPER), Fixtures.file(REPORT_80_179)), false);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<MandateAnswer> read(String resource) throws ExtractionException {
        return new Pipeline(Fixtures.REFERENCE).extractAny(Fixtures.file(resource)).documents().get(0).answers();
    }

    private static List<Map<String, String>> status(Map<String, String> params) {
        return QueryRows.of(store, "mandate-status", params);
    }

    @Test
    void aReportSaysOnItsFirstPageWhichParagraphItAnswers() throws ExtractionException {
        assertEquals(List.of(new MandateAnswer("A/RES/78/128", 24, "prepared by the Secretariat Summary The present concept paper was prepared "
                + "pursuant to paragraph 24 of General Assembly resolution 78/128")), read(CONCEPT_PAPER));
        // no paragraph named: the resolution as a whole
        List<MandateAnswer> report = read(REPORT_80_179);
        assertEquals(1, report.size());
        assertEquals("A/RES/79/264", report.get(0).symbol());
        assertEquals(null, report.get(0).paragraph());
    }

    @Test
    void aRequestAnsweredByTheDocumentThatSaysSo() {
        List<Map<String, String>> rows = status(Map.of("symbol", "A/RES/78/128")).stream()
                .filter(r -> r.get("paragraph").equals(ID + "doc/A/RES/78/128/op/24") && r.get("addressee").equals(ID + "body/SG")).toList();
        assertEquals(List.of(Map.of("paragraph", ID + "doc/A/RES/78/128/op/24", "addressee", ID + "body/SG", "verb", "Requests",
                "answeredBy", ID + "doc/A/CONF.230/2025/10", "status", "answered")), rows);
    }

    @Test
    void aReportDueAtASessionThatHasPassedUnansweredIsOverdue() {
        Map<String, String> overdue = Map.of("paragraph", ID + "doc/A/RES/78/132/op/57", "addressee", ID + "body/SG", "verb", "Requests",
                "due", "79th session", "status", "overdue");
        List<Map<String, String>> all = status(Map.of("symbol", "A/RES/78/132"));
        assertTrue(all.contains(overdue), all.toString());
        assertEquals(List.of(overdue), status(Map.of("due", "79")));
        assertTrue(status(Map.of("addressee", "SG")).contains(overdue));
        assertEquals(List.of(), status(Map.of("due", "81")));
    }

    @Test
    void aRequestWithNoDeadlineAndNoAnswerIsOpen() {
        List<Map<String, String>> rows = status(Map.of("symbol", "A/RES/78/128"));
        assertTrue(rows.stream().anyMatch(r -> r.get("paragraph").equals(ID + "doc/A/RES/78/128/op/17") && r.get("status").equals("open")), rows.toString());
        // the Assembly's own decisions ask no one and have no status
        assertTrue(rows.stream().noneMatch(r -> r.get("verb").equals("Decides")));
    }

    @Test
    void theBuildReportCountsWhereTheAnswersWerePlaced() {
        assertTrue(outcome.result().notes().contains("2 documents say which request they answer: 1 answers placed on a paragraph, "
                + "1 on a resolution as a whole, 0 not placed (no resolution read in the words)"), outcome.result().notes().toString());
    }
}
