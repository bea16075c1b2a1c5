package org.dcgraph.serve;

import static org.dcgraph.serve.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The attacks of issue 17, point 1, against a real server with a two-second limit: a function that sleeps, one that
 * computes a hundred-million-digit number, a regular expression that backtracks for ever. Each is refused or stopped
 * at the limit, and the server answers others meanwhile.
 */
class FunctionLimitTest {
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(8);
    private static final String AFN = "http://jena.apache.org/ARQ/function#";
    /** 33 a's and a b: "(.*a){12}$" tries every way of cutting them into twelve before failing. */
    private static final String BACKTRACKING_INPUT = "a".repeat(33) + "b";

    private static DcgraphServer server;
    private static Http http;

    @BeforeAll
    static void startServer() {
        server = DcgraphServer.start(TestServers.dataset(), TestServers.settings("serve/queries").withQueryTimeout(LIMIT));
        http = new Http(server);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void javaFunctionIsRefusedBeforeItRuns() {
        HttpResponse<String> response = timed("SELECT (<java:org.apache.jena.sparql.function.library.wait>(75000) AS ?x) {}");
        assertEquals(400, response.statusCode());
        assertEquals("The function <java:org.apache.jena.sparql.function.library.wait> is not offered by this service: "
                     + "SPARQL's own functions and Jena's standard library are\n", response.body());
    }

    @Test
    void arqWaitAndPrintAreRefused() {
        for (String name : List.of("wait", "print", "eval")) {
            HttpResponse<String> response = timed("SELECT (<" + AFN + name + ">(75000) AS ?x) {}");
            assertEquals(400, response.statusCode(), name);
        }
    }

    @Test
    void javaPropertyFunctionIsAnOrdinaryPredicate() {
        HttpResponse<String> response = timed("SELECT * { ?s <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?ns ?local) } LIMIT 1");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().replaceAll("\\s", "").contains("\"bindings\":[]"), response.body());
    }

    @Test
    void standardFunctionsStillWork() {
        HttpResponse<String> response = timed("SELECT (<http://www.w3.org/2005/xpath-functions/math#pow>(2, 10) AS ?x)"
                + " (REGEX(\"UN-78\", \"^un-\\\\d+$\", \"i\") AS ?y) (REPLACE(\"a/b/c\", \"[^/]*$\", \"\") AS ?z)"
                + " (<http://www.w3.org/2005/xpath-functions#upper-case>(\"ga\") AS ?u) {}", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("x,y,z,u\r\n1024,true,a/b/,GA\r\n", response.body());
    }

    @Test
    void hugeIntegerPowerAnswersAsADouble() {
        HttpResponse<String> response = timed("SELECT (<http://www.w3.org/2005/xpath-functions/math#pow>(10, 100000000) AS ?x) {}", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("x\r\nINF\r\n", response.body());
    }

    @Test
    void backtrackingRegexStopsAtTheLimitWhileOthersAreAnswered() throws Exception {
        String filter = "SELECT ?x { VALUES ?x { \"" + BACKTRACKING_INPUT + "\" } FILTER REGEX(?x, \"(.*a){12}$\") }";
        String replace = "SELECT (REPLACE(?x, \"(.*a){12}$\", \"\") AS ?y) { VALUES ?x { \"" + BACKTRACKING_INPUT + "\" } }";
        Instant start = Instant.now();
        CompletableFuture<HttpResponse<String>> first = http.getAsync("/sparql?query=" + encode(filter));
        CompletableFuture<HttpResponse<String>> second = http.getAsync("/sparql?query=" + encode(replace));
        Thread.sleep(300);
        Instant ping = Instant.now();
        assertEquals(200, http.get("/$/ping").statusCode());
        assertTrue(Duration.between(ping, Instant.now()).toMillis() < 2000, "ping was slow");
        for (CompletableFuture<HttpResponse<String>> response : List.of(first, second)) {
            assertEquals(503, response.get().statusCode());
            assertEquals("Query timed out\n", response.get().body());
        }
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(ANSWER_WITHIN) < 0, "answered after " + took);
    }

    /** Issue 17, point 7: GROUP_CONCAT is bounded (ResultSizeLimitIT asks the attack), and answers as before within the bound. */
    @Test
    void groupConcatWithinTheBoundIsAnswered() {
        HttpResponse<String> response = timed("SELECT (GROUP_CONCAT(?v; SEPARATOR=\"|\") AS ?x) (GROUP_CONCAT(DISTINCT ?v) AS ?y)"
                + " { VALUES ?v { \"b\" \"a\" \"b\" 7 } }", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("x,y\r\nb|a|b|7,b a 7\r\n", response.body());
    }

    /** Issue 17, point 11: these overflowed the stack and were answered 500. */
    @Test
    void deeplyNestedQueriesAreABadRequest() {
        String path = "SELECT * { ?s <urn:p>" + "/<urn:p>".repeat(20_000) + " ?o }";
        String unions = "SELECT * { {}" + " UNION {}".repeat(20_000) + " }";
        String groups = "SELECT * { " + "{ ".repeat(20_000) + "}".repeat(20_000) + " }";
        for (String query : List.of(path, unions, groups)) {
            HttpResponse<String> response = http.post("/sparql", "application/sparql-query", query);
            assertEquals(400, response.statusCode());
            assertTrue(response.body().startsWith("The query is nested too deeply"), response.body().substring(0, Math.min(300, response.body().length())));
        }
        assertEquals(200, http.get("/$/ping").statusCode());
    }

    private static HttpResponse<String> timed(String query) {
        return timed(query, "application/sparql-results+json");
    }

    private static HttpResponse<String> timed(String query, String accept) {
        Instant start = Instant.now();
        HttpResponse<String> response = http.get("/sparql?query=" + encode(query), "Accept", accept);
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(ANSWER_WITHIN) < 0, "answered after " + took);
        return response;
    }
}
