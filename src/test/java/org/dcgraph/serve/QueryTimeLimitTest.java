package org.dcgraph.serve;

import static org.dcgraph.serve.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every query is stopped at the time limit with an explicit error. The queries are cross products over a few
 * thousand statements, which run for hours; the limit is one second.
 */
class QueryTimeLimitTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);
    /** Generous: the limit plus the time to notice it and answer, on a slow machine. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(15);
    private static final int STATEMENTS = 3000;

    private static DcgraphServer server;
    private static Http http;

    @BeforeAll
    static void startServer() {
        DatasetGraph dataset = TestServers.dataset();
        Txn.executeWrite(dataset, () -> {
            Node graph = NodeFactory.createURI("https://w3id.org/dcgraph/id/doc/A/RES/78/311");
            Node mentions = NodeFactory.createURI("https://w3id.org/dcgraph/ontology#mentions");
            for (int i = 0; i < STATEMENTS; i++)
                dataset.add(new Quad(graph, NodeFactory.createURI("https://w3id.org/dcgraph/id/doc/A/RES/78/311/op/" + i),
                                     mentions, NodeFactory.createURI("https://w3id.org/dcgraph/id/body/B" + i)));
        });
        server = DcgraphServer.start(dataset, TestServers.settings("serve/slow-queries").withQueryTimeout(LIMIT));
        http = new Http(server);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    /** Rows come at once and keep coming: Fuseki alone would have sent 200 and then cut the stream. */
    @Test
    void slowQueryTimesOutWithExplicitError() {
        assertTimedOut(sparql("SELECT ?a ?b ?c WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }", "application/sparql-results+json"));
    }

    @Test
    void slowAggregateTimesOutWithExplicitError() {
        assertTimedOut(sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }", "text/csv"));
    }

    @Test
    void slowConstructTimesOutWithExplicitError() {
        assertTimedOut(sparql("CONSTRUCT { ?a ?p ?z } WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }", "text/turtle"));
    }

    @Test
    void slowNamedQueryTimesOutWithExplicitError() {
        Instant start = Instant.now();
        HttpResponse<String> response = http.get("/queries/pairs");
        assertAnsweredInTime(start);
        assertEquals(503, response.statusCode());
        assertEquals("query 'pairs' timed out after 1000 ms and was stopped\n", response.body());
    }

    private static HttpResponse<String> sparql(String query, String accept) {
        Instant start = Instant.now();
        HttpResponse<String> response = http.get("/sparql?query=" + encode(query), "Accept", accept);
        assertAnsweredInTime(start);
        return response;
    }

    private static void assertTimedOut(HttpResponse<String> response) {
        assertEquals(503, response.statusCode());
        assertEquals("Query timed out\n", response.body());
    }

    private static void assertAnsweredInTime(Instant start) {
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(ANSWER_WITHIN) < 0, "answered after " + took);
    }
}
