package org.dcgraph.serve;

import static org.dcgraph.serve.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 6: a request writes one log line, whatever it holds. A 151-byte query calling an allowed endpoint
 * that fails, inside {@code FILTER EXISTS}, wrote a warning with its stack trace per row (16,179 of them, 116 MB);
 * a query holding a line break wrote a line of its own choosing; a posted query was logged whole.
 */
class RequestLogTest {
    private static DcgraphServer server;
    private static Http http;
    /** An allowed endpoint that fails every call, and counts them. */
    private static HttpServer failing;
    private static String failingSparql;
    private static final AtomicInteger calls = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        failing = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        failing.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.getRequestBody().transferTo(java.io.OutputStream.nullOutputStream());
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        failing.start();
        failingSparql = "http://127.0.0.1:" + failing.getAddress().getPort() + "/sparql";
        server = DcgraphServer.start(TestServers.dataset(), TestServers.settings("serve/queries").withAllowedServices(Set.of(failingSparql)));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
        failing.stop(0);
    }

    @Test
    void failingServiceInsideFilterExistsStopsTheQueryWithOneLine() {
        calls.set(0);
        String query = "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <" + failingSparql + "> { ?s ?p ?o } } }";
        List<String> log = logOf(() -> http.get("/sparql?query=" + encode(query), "Accept", "text/csv"), response -> {
            assertEquals(502, response.statusCode());
            assertEquals("A SERVICE call failed: the remote endpoint answered 500 Server Error\n", response.body());
        });
        assertEquals(1, calls.get(), "calls of the failing endpoint");
        assertEquals(1, log.size(), String.join("\n", log));
        assertTrue(log.get(0).contains("GET /sparql 502 "), log.get(0));
    }

    @Test
    void refusedServiceInsideFilterExistsIsRefusedWithOneLine() {
        String outsider = "http://127.0.0.1:9/sparql";
        String query = "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <" + outsider + "> { ?s ?p ?o } } }";
        List<String> log = logOf(() -> http.get("/sparql?query=" + encode(query), "Accept", "text/csv"), response -> {
            assertEquals(422, response.statusCode());
            assertEquals("SERVICE <" + outsider + "> is not allowed: it is not in this server's allow-list of remote endpoints\n",
                         response.body());
        });
        assertEquals(1, log.size(), String.join("\n", log));
    }

    @Test
    void aQueryCannotWriteALineOfItsOwn() {
        String forged = "2026-12-07 06:00:00 [main] WARN org.dcgraph.serve.Requests - 10.0.0.1 POST /admin/ingest 200 1 ms";
        String query = "SELECT (\"\"\"\n" + forged + "\u202e\n\"\"\" AS ?x) {}";
        List<String> log = logOf(() -> http.post("/sparql", "application/sparql-query", query, "Accept", "text/csv"),
                                 response -> assertEquals(200, response.statusCode()));
        assertEquals(1, log.size(), String.join("\n", log));
        assertTrue(log.get(0).endsWith(" query=\"SELECT (\\\"\\\"\\\"\\u000a" + forged + "\\u202e\\u000a\\\"\\\"\\\" AS ?x) {}\""), log.get(0));
    }

    @Test
    void aLargePostedQueryIsLoggedCut() {
        String query = "SELECT * { ?s ?p ?o } #" + "x".repeat(900_000);
        List<String> log = logOf(() -> http.post("/sparql", "application/sparql-query", query, "Accept", "text/csv"),
                                 response -> assertEquals(200, response.statusCode()));
        assertEquals(1, log.size());
        assertTrue(log.get(0).endsWith("...(" + query.length() + " characters)\""), log.get(0).substring(Math.max(0, log.get(0).length() - 300)));
        assertTrue(log.get(0).length() < 500, "a line of " + log.get(0).length() + " characters");
    }

    /** What the server logged while answering, once its request line has been written. */
    private static List<String> logOf(Supplier<HttpResponse<String>> request, java.util.function.Consumer<HttpResponse<String>> check) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            check.accept(request.get());
            long until = System.nanoTime() + 2_000_000_000L;
            while (!captured.toString(StandardCharsets.UTF_8).contains("org.dcgraph.serve.Requests") && System.nanoTime() < until)
                Thread.onSpinWait();
            try {
                Thread.sleep(200); // anything the request writes after its line
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
