package org.dcgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a page whose queries run past the limit, as the first requests on a large store just after a start did,
 * answered 500 with Jetty's raw error page. It answers 503 in our words, with Retry-After.
 */
class PageTimeLimitTest {
    private static final int PARAGRAPHS = 60_000;
    private static final String DOCUMENT = "https://w3id.org/dcgraph/id/doc/A/RES/78/311";
    private static DcgraphServer server;
    private static Http http;

    @BeforeAll
    static void startServer() {
        DatasetGraph dataset = TestServers.dataset();
        Txn.executeWrite(dataset, () -> {
            Node graph = NodeFactory.createURI(DOCUMENT);
            Node paragraph = NodeFactory.createURI("https://w3id.org/dcgraph/ontology#paragraph");
            for (int i = 0; i < PARAGRAPHS; i++)
                dataset.add(new Quad(graph, graph, paragraph, NodeFactory.createURI(DOCUMENT + "/op/" + i)));
        });
        server = DcgraphServer.start(dataset, TestServers.settings("serve/queries").withQueryTimeout(Duration.ofMillis(20)));
        http = new Http(server);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void aPageOverTheTimeLimitAnswers503InOurWords() {
        HttpResponse<String> response = http.get("/page/doc/A/RES/78/311");
        assertEquals(503, response.statusCode(), response.body());
        assertEquals("5", response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertEquals("/page/doc/A/RES/78/311 took longer than this server's time limit (the store may still be warming up "
                     + "after a start): ask again in a few seconds\n", response.body());
        assertTrue(response.headers().firstValue("ETag").isEmpty(), "no validator on an answer that was not given");
    }
}
