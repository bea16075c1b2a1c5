package org.dcgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, point 2: Fuseki answers the SPARQL protocol at {@code /sparql/} too, where the size and update checks
 * were not applied. Every spelling of the path gets the same answers: an update 403, an oversized body 413, and a
 * query its rows where the spelling names the endpoint at all.
 */
class SparqlSpellingsTest {
    private static final String QUERY = "SELECT (1 AS ?one) {}";
    private static DcgraphServer server;
    private static Http http;

    @BeforeAll
    static void startServer() {
        server = DcgraphServer.start(TestServers.dataset(), TestServers.settings("serve/queries"));
        http = new Http(server);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sparql", "/sparql/", "/sparql;x", "/sparql/;x", "/%73parql", "/%73parql/", "/sparql/.",
                            "/sparql/query", "/sparql/update", "/SPARQL", "/queries", "/"})
    void updateIsRefusedAtEverySpelling(String path) {
        HttpResponse<String> body = http.onOwnConnection().post(path, "application/sparql-update", "CLEAR ALL");
        assertEquals(403, body.statusCode(), path + ": " + body.body());
        HttpResponse<String> form = http.onOwnConnection().post(path, "application/x-www-form-urlencoded", "update=CLEAR+ALL");
        assertEquals(403, form.statusCode(), path + ": " + form.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sparql", "/sparql/", "/sparql;x", "/sparql/;x", "/%73parql", "/%73parql/", "/sparql/.",
                            "/sparql/query", "/SPARQL", "/queries", "/"})
    void oversizedBodyIsRefusedAtEverySpelling(String path) {
        int length = 2 * 1024 * 1024;
        String answer = http.postAnnouncing(path, "application/sparql-query", length);
        assertTrue(answer.startsWith("HTTP/1.1 413 "), path + ": " + answer);
        assertTrue(answer.endsWith("The request body has " + length + " bytes; a query sent to /sparql may have at most 1048576 bytes\n"), answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sparql", "/sparql/"})
    void queryIsAnsweredWhereTheSpellingNamesTheEndpoint(String path) {
        HttpResponse<String> response = http.post(path, "application/sparql-query", QUERY, "Accept", "text/csv");
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertEquals("one\r\n1\r\n", response.body());
    }

    /** Path parameters and encoded letters do not name the endpoint: Fuseki matches the path as sent. */
    @ParameterizedTest
    @ValueSource(strings = {"/sparql;x", "/%73parql", "/sparql/query"})
    void otherSpellingsAreNotTheEndpoint(String path) {
        assertEquals(404, http.post(path, "application/sparql-query", QUERY).statusCode(), path);
    }

    /** Jetty refuses an empty path segment as ambiguous before any filter or servlet sees the request. */
    @ParameterizedTest
    @ValueSource(strings = {"/sparql//", "//sparql"})
    void ambiguousPathsAreRefusedByJetty(String path) {
        assertEquals(400, http.onOwnConnection().post(path, "application/sparql-update", "CLEAR ALL").statusCode(), path);
    }
}
