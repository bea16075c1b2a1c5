package org.dcgraph.serve;

import static org.dcgraph.serve.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every query is stopped at the time limit with an explicit error, and stops working there, while the server goes on
 * answering others. The queries are cross products over a few thousand statements, which run for hours; the limit
 * is two seconds. The server has no cap on the size of answers here, so that the time limit is what stops them (with
 * the default cap, a plain cross product is refused sooner, at its 100,001st row: see ResultSizeLimitIT), and every
 * query may run at once, so that none waits for another to finish (QueryGateTest shows the waiting).
 */
class QueryTimeLimitTest {
    private static final Duration LIMIT = Duration.ofSeconds(2);
    /** Generous: the limit plus the time to notice it and answer, on a slow machine. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(15);
    /** Generous for a ping or a lookup that takes milliseconds, and far below the limit the slow queries run to. */
    private static final int STATEMENTS = 3000;
    /** Few, so that the slow queries of one test outnumber them. */
    private static final int THREADS = 12;
    private static final String CROSS_PRODUCT = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String SORTED_CROSS_PRODUCT = CROSS_PRODUCT + " ORDER BY ?i ?a";

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
        server = DcgraphServer.start(dataset, TestServers.settings("serve/slow-queries").withQueryTimeout(LIMIT)
                                                                          .withMaxThreads(THREADS).withMaxResults(Integer.MAX_VALUE)
                                                                          .withConcurrentQueries(2 * THREADS));
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
    void crossProductIsCutWithExplicitError() {
        assertTimedOut(sparql(CROSS_PRODUCT, "application/sparql-results+json"));
    }

    /** The sort cannot start before its input is complete, which it never is: the cut comes while the input is read. */
    @Test
    void sortedCrossProductIsCutWithExplicitError() {
        assertTimedOut(sparql(SORTED_CROSS_PRODUCT, "text/csv"));
    }

    @Test
    void distinctCrossProductIsCutWithExplicitError() {
        assertTimedOut(sparql("SELECT DISTINCT ?a ?i { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "text/csv"));
    }

    @Test
    void pingAndANamedQueryAnswerQuicklyWhileSlowQueriesRun() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> slow = startSlowQueries(4);
        Thread.sleep(200); // they have started
        for (int i = 0; i < 5; i++) {
            Http.assertQuick(() -> http.get("/$/ping"), 200);
            Http.assertQuick(() -> http.get("/queries/symbols?format=csv"), 200);
        }
        assertTrue(slow.stream().noneMatch(CompletableFuture::isDone), "the slow queries ended before the quick ones were asked");
        for (CompletableFuture<HttpResponse<String>> response : slow)
            assertTimedOut(response.get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS));
    }

    /**
     * Once the slow queries are answered, the server's threads are idle: no query goes on in the background after
     * its client got the timeout. CPU time of the server's own threads stays under a tenth of a second over three
     * seconds (a query still running would take a good part of it, even on a busy machine).
     */
    @Test
    void cutQueriesStopUsingCpu() throws Exception {
        for (CompletableFuture<HttpResponse<String>> response : startSlowQueries(4))
            assertTimedOut(response.get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS));
        Thread.sleep(500);
        long before = serverThreadsCpuNanos();
        Thread.sleep(3000);
        Duration used = Duration.ofNanos(serverThreadsCpuNanos() - before);
        assertTrue(used.compareTo(Duration.ofMillis(100)) < 0, "the server's threads used " + used + " of CPU after every query was cut");
    }

    /** More slow queries than the server has threads: they wait their turn, are all answered, and the pool never grows past its bound. */
    @Test
    void moreSlowQueriesThanThreadsWaitTheirTurnWithinTheBound() throws Exception {
        QueuedThreadPool pool = (QueuedThreadPool) server.jetty().getThreadPool();
        List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
        for (int i = 0; i < 2 * THREADS; i++)
            slow.add(http.getAsync("/sparql?query=" + encode(CROSS_PRODUCT)));
        int most = 0;
        while (!slow.stream().allMatch(CompletableFuture::isDone)) {
            most = Math.max(most, pool.getThreads());
            Thread.sleep(20);
        }
        assertTrue(most <= THREADS, "the pool had " + most + " threads");
        for (CompletableFuture<HttpResponse<String>> response : slow)
            assertTimedOut(response.get());
    }

    @Test
    void slowNamedQueryTimesOutWithExplicitError() {
        Instant start = Instant.now();
        HttpResponse<String> response = http.get("/queries/pairs");
        assertAnsweredInTime(start);
        assertEquals(503, response.statusCode());
        assertEquals("query 'pairs' timed out after 2000 ms and was stopped\n", response.body());
    }

    /** Half plain, half sorted cross products, sent at once. */
    private static List<CompletableFuture<HttpResponse<String>>> startSlowQueries(int count) {
        List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
        for (int i = 0; i < count; i++)
            slow.add(http.getAsync("/sparql?query=" + encode(i % 2 == 0 ? CROSS_PRODUCT : SORTED_CROSS_PRODUCT)));
        return slow;
    }


    /** CPU time of the threads of the server's pool, which run the queries, so far. */
    private static long serverThreadsCpuNanos() {
        String prefix = ((QueuedThreadPool) server.jetty().getThreadPool()).getName() + "-";
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                     .filter(thread -> thread.getName().startsWith(prefix))
                     .mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.getId())))
                     .sum();
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
