package org.dcgraph.serve;

import static org.dcgraph.serve.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outgoing SERVICE calls: none by default, and with an allow-list only to the endpoints on it. The endpoints are
 * all on this machine: another test server, and a listening socket that records whether anyone connected.
 */
class ServiceAllowListTest {
    private static final String PREFIX = "PREFIX dcg: <https://w3id.org/dcgraph/ontology#> ";

    private static DcgraphServer remote;
    private static DcgraphServer closed;
    private static DcgraphServer allowing;
    private static String remoteSparql;

    /** Stands for an endpoint outside the allow-list; a SERVICE call to it would show as a connection. */
    private ServerSocket outsider;
    private String outsiderUrl;

    @BeforeAll
    static void startServers() {
        remote = DcgraphServer.start(TestServers.dataset(), TestServers.settings("serve/queries"));
        remoteSparql = "http://127.0.0.1:" + remote.port() + "/sparql";
        closed = DcgraphServer.start(TestServers.dataset(), TestServers.settings("serve/queries"));
        allowing = DcgraphServer.start(TestServers.dataset(),
                                       TestServers.settings("serve/queries").withAllowedServices(Set.of(remoteSparql)));
    }

    @AfterAll
    static void stopServers() {
        allowing.stop();
        closed.stop();
        remote.stop();
    }

    @BeforeEach
    void listen() throws IOException {
        outsider = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        outsider.setSoTimeout(300);
        outsiderUrl = "http://127.0.0.1:" + outsider.getLocalPort() + "/x";
    }

    @AfterEach
    void close() throws IOException {
        outsider.close();
    }

    @Test
    void serviceCallIsRefusedByDefault() throws IOException {
        HttpResponse<String> response = query(closed, "SELECT * WHERE { SERVICE <" + outsiderUrl + "> { ?s ?p ?o } }");
        assertEquals(422, response.statusCode());
        assertEquals("SERVICE <" + outsiderUrl + "> is not allowed: this server calls no remote SPARQL endpoints\n", response.body());
        assertNoConnectionAttempted();
    }

    @Test
    void serviceCallOutsideAllowListIsRefused() throws IOException {
        HttpResponse<String> response = query(allowing, "SELECT * WHERE { SERVICE <" + outsiderUrl + "> { ?s ?p ?o } }");
        assertEquals(422, response.statusCode());
        assertEquals("SERVICE <" + outsiderUrl + "> is not allowed: it is not in this server's allow-list of remote endpoints\n",
                     response.body());
        assertNoConnectionAttempted();
    }

    @Test
    void serviceEndpointChosenByVariableIsCheckedToo() throws IOException {
        HttpResponse<String> response = query(allowing,
                "SELECT * WHERE { VALUES ?endpoint { <" + outsiderUrl + "> } SERVICE ?endpoint { ?s ?p ?o } }");
        assertEquals(422, response.statusCode());
        assertNoConnectionAttempted();
    }

    @Test
    void silentServiceCallOutsideAllowListGivesOneEmptySolution() throws IOException {
        HttpResponse<String> response = query(closed, "SELECT ?s WHERE { SERVICE SILENT <" + outsiderUrl + "> { ?s ?p ?o } }");
        assertEquals(200, response.statusCode());
        assertEquals("s\r\n\r\n", response.body());
        assertNoConnectionAttempted();
    }

    @Test
    void serviceCallInsideAllowListIsMade() {
        HttpResponse<String> response = query(allowing,
                PREFIX + "SELECT ?symbol WHERE { SERVICE <" + remoteSparql + "> { ?document dcg:symbol ?symbol } }");
        assertEquals(200, response.statusCode());
        assertEquals("symbol\r\nA/RES/78/311\r\n", response.body());
    }

    private static HttpResponse<String> query(DcgraphServer server, String sparql) {
        return new Http(server).get("/sparql?query=" + encode(sparql), "Accept", "text/csv");
    }

    private void assertNoConnectionAttempted() {
        assertThrows(SocketTimeoutException.class, outsider::accept, "the server connected to " + outsiderUrl);
    }
}
