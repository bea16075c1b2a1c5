package org.dcgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.Test;

class QueryRunnerTest {
    private static final DatasetGraph DATASET = Fixtures.dataset();
    private static final QueryCatalogue CATALOGUE = Fixtures.catalogue();
    private static final QueryRunner RUNNER = new QueryRunner(DATASET, QueryLimits.defaults());
    private static final String OP_1 = "https://w3id.org/dcgraph/id/doc/A/RES/78/311/op/1";
    private static final String PP_1 = "https://w3id.org/dcgraph/id/doc/A/RES/78/311/pp/1";

    @Test
    void integerParameterMatchesTheStoredInteger() {
        RowSetRewindable rows = RUNNER.run(CATALOGUE.get("paragraph"), Map.of("symbol", "A/RES/78/311", "number", "1"));
        assertEquals(List.of(OP_1), column(rows, "paragraph"));
    }

    @Test
    void queriesSeeTheUnionOfTheNamedGraphs() {
        RowSetRewindable rows = RUNNER.run(CATALOGUE.get("citing"), Map.of("cited", "https://w3id.org/dcgraph/id/doc/A/RES/70/1"));
        assertEquals(List.of(PP_1), column(rows, "paragraph"));
    }

    @Test
    void unboundOptionalParameterLeavesItsVariableUnbound() {
        assertEquals(List.of(PP_1, OP_1), column(RUNNER.run(CATALOGUE.get("paragraphs"), Map.of("symbol", "A/RES/78/311")), "paragraph"));
        assertEquals(List.of(), column(RUNNER.run(CATALOGUE.get("paragraphs"), Map.of("symbol", "A/RES/78/311", "lang", "ar")), "paragraph"));
    }

    @Test
    void parameterValueCannotChangeTheQuery() {
        RowSetRewindable rows = RUNNER.run(CATALOGUE.get("paragraphs"), Map.of("symbol", "x\" } UNION { ?paragraph ?p ?text . \""));
        assertEquals(List.of(), column(rows, "paragraph"));
    }

    @Test
    void resultsAreWrittenInTheChosenFormat() {
        RowSetRewindable rows = RUNNER.run(CATALOGUE.get("paragraph"), Map.of("symbol", "A/RES/78/311", "number", "1"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultFormat.CSV.write(out, rows);
        assertEquals("paragraph,text\r\n" + OP_1
                     + ",Encourages Member States to enhance international cooperation on capacity-building of artificial intelligence;\r\n",
                     out.toString(StandardCharsets.UTF_8));
        assertEquals("text/csv", ResultFormat.CSV.mediaType());
        assertEquals(ResultFormat.TSV, ResultFormat.forName("TSV").orElseThrow());
    }

    /** A count, so that no row comes before the end: a fast machine would reach the result cap before 300 ms. */
    @Test
    void slowQueryEndsInAnExplicitTimeout() {
        DatasetGraph big = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 2000; i++)
            big.add(Quad.defaultGraphIRI, NodeFactory.createURI("https://example.org/s" + i), NodeFactory.createURI("https://example.org/p"),
                    NodeFactory.createLiteralString("o" + i));
        NamedQuery pairs = NamedQuery.parse("pairs", """
                # title: pairs
                # answers: how many triples of statements there are
                # columns: n
                SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }
                """);
        QueryRunner runner = new QueryRunner(big, new QueryLimits(Duration.ofMillis(300), Set.of(), QueryLimits.DEFAULT_MAX_RESULTS));
        QueryTimeoutException e = assertThrows(QueryTimeoutException.class, () -> runner.run(pairs, Map.of()));
        assertEquals("query 'pairs' timed out after 300 ms and was stopped", e.getMessage());
    }

    @Test
    void answerOverTheSizeLimitIsRefusedWhole() {
        QueryRunner runner = new QueryRunner(DATASET, new QueryLimits(QueryLimits.DEFAULT_TIMEOUT, Set.of(), 1));
        ResultTooLargeException e = assertThrows(ResultTooLargeException.class,
                () -> runner.run(CATALOGUE.get("paragraphs"), Map.of("symbol", "A/RES/78/311")));
        assertEquals("query 'paragraphs' has more than 1 rows, the most this server gives in one answer", e.getMessage());
    }

    @Test
    void answerAtTheSizeLimitIsGivenWhole() {
        QueryRunner runner = new QueryRunner(DATASET, new QueryLimits(QueryLimits.DEFAULT_TIMEOUT, Set.of(), 2));
        assertEquals(List.of(PP_1, OP_1), column(runner.run(CATALOGUE.get("paragraphs"), Map.of("symbol", "A/RES/78/311")), "paragraph"));
    }

    @Test
    void serviceCallIsRefusedWithoutConnecting() throws IOException {
        try (ServerSocket endpoint = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            NamedQuery remote = NamedQuery.parse("remote", """
                    # title: remote
                    # answers: a statement of a remote endpoint
                    # columns: s
                    SELECT ?s WHERE { SERVICE <http://127.0.0.1:%d/sparql> { ?s ?p ?o } }
                    """.formatted(endpoint.getLocalPort()));
            QueryDeniedException e = assertThrows(QueryDeniedException.class, () -> RUNNER.run(remote, Map.of()));
            assertTrue(e.getMessage().contains("is not allowed: this server calls no remote SPARQL endpoints"), e.getMessage());
            endpoint.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, endpoint::accept, "a connection was attempted");
        }
    }

    private static List<String> column(RowSetRewindable rows, String variable) {
        rows.reset();
        return rows.stream().map(row -> row.get(variable).getURI()).toList();
    }
}
