package org.dcgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server's runner keeps the answers of the queries marked {@code # kept: yes}, one per store generation. */
class KeptAnswersTest {
    private static final String SUBJECTS = """
            # title: subjects
            # answers: the subject of every statement
            # columns: s
            %s
            SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s
            """;
    private static final NamedQuery KEPT = NamedQuery.parse("subjects", SUBJECTS.formatted("# kept: yes"));
    private static final NamedQuery COMPUTED = NamedQuery.parse("subjects", SUBJECTS.formatted(""));

    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    private final AtomicReference<String> generation = new AtomicReference<>("1");
    private QueryRunner runner;

    @BeforeEach
    void threeSubjects() {
        for (int i = 1; i <= 3; i++) add(i);
        runner = QueryRunner.keepingAnswers(dataset, QueryLimits.defaults(), generation::get, List.of(KEPT));
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    @Test
    void keptAnswerIsServedWhileTheGenerationStaysTheSame() {
        assertEquals(List.of("s1", "s2", "s3"), subjects(runner.run(KEPT, Map.of())));
        add(4);
        assertEquals(List.of("s1", "s2", "s3"), subjects(runner.run(KEPT, Map.of())));
    }

    @Test
    void keptAnswerIsComputedAgainForANewGeneration() {
        runner.run(KEPT, Map.of());
        add(4);
        generation.set("2");
        assertEquals(List.of("s1", "s2", "s3", "s4"), subjects(runner.run(KEPT, Map.of())));
    }

    @Test
    void queryNotMarkedKeptIsComputedEachTime() {
        runner.run(COMPUTED, Map.of());
        add(4);
        assertEquals(List.of("s1", "s2", "s3", "s4"), subjects(runner.run(COMPUTED, Map.of())));
    }

    @Test
    void pageOfAKeptAnswerIsThePageTheQueryGives() {
        Page page = Page.of("subjects", "1", "1");
        assertEquals(List.of("s2"), subjects(runner.run(KEPT, Map.of(), page)));
        assertEquals(subjects(new QueryRunner(dataset, QueryLimits.defaults()).run(COMPUTED, Map.of(), page)),
                     subjects(runner.run(KEPT, Map.of(), page)));
        assertEquals(List.of(), subjects(runner.run(KEPT, Map.of(), Page.of("subjects", "5", "2"))));
    }

    @Test
    void keptAnswerOverTheCapIsRefusedWholeAndServedPageByPage() {
        try (QueryRunner capped = QueryRunner.keepingAnswers(dataset, new QueryLimits(QueryLimits.DEFAULT_TIMEOUT, Set.of(), 2),
                                                             generation::get, List.of(KEPT))) {
            ResultTooLargeException e = assertThrows(ResultTooLargeException.class, () -> capped.run(KEPT, Map.of()));
            assertEquals("query 'subjects' has more than 2 rows, the most this server gives in one answer", e.getMessage());
            assertEquals(List.of("s3"), subjects(capped.run(KEPT, Map.of(), Page.of("subjects", "2", "2"))));
        }
    }

    @Test
    void answerTooLargeToKeepIsComputedForEachRequest() {
        QueryLimits keepingTwoRows = new QueryLimits(QueryLimits.DEFAULT_TIMEOUT, Set.of(), 2);
        try (QueryRunner small = QueryRunner.keepingAnswers(dataset, QueryLimits.defaults(), keepingTwoRows, generation::get, List.of(KEPT))) {
            assertEquals(List.of("s1", "s2", "s3"), subjects(small.run(KEPT, Map.of())));
            add(4);
            assertEquals(List.of("s2", "s3", "s4"), subjects(small.run(KEPT, Map.of(), Page.of("subjects", "1", null))));
        }
    }

    @Test
    void parameterGivenToAKeptQueryIsRefused() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> runner.run(KEPT, Map.of("symbol", "A/RES/78/311")));
        assertEquals("query 'subjects', parameter 'symbol': not a parameter of this query (it takes none)", e.getMessage());
    }

    private void add(int i) {
        Txn.executeWrite(dataset, () -> dataset.add(Quad.defaultGraphIRI, NodeFactory.createURI("https://example.org/s" + i),
                                                    NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("o")));
    }

    private static List<String> subjects(RowSetRewindable rows) {
        List<String> subjects = new ArrayList<>();
        rows.forEachRemaining(row -> subjects.add(row.get("s").getURI().substring("https://example.org/".length())));
        return subjects;
    }
}
