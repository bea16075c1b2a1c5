package org.dcgraph.serve;

import static org.dcgraph.serve.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    /** An allow-listed endpoint that answers every request with a redirect to {@link #redirectTo}. */
    private static HttpServer redirecting;
    private static String redirectingSparql;
    private static volatile String redirectTo;

    /** Stands for an endpoint outside the allow-list; a SERVICE call to it would show as a connection. */
    private ServerSocket outsider;
    private String outsiderUrl;

    @BeforeAll
    static void startServers() throws IOException {
        remote = DcgraphServer.start(TestServers.dataset(), TestServers.settings("serve/queries"));
        remoteSparql = "http://127.0.0.1:" + remote.port() + "/sparql";
        closed = DcgraphServer.start(TestServers.dataset(), TestServers.settings("serve/queries"));
        redirecting = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirecting.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Location", redirectTo);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirecting.start();
        redirectingSparql = "http://127.0.0.1:" + redirecting.getAddress().getPort() + "/sparql";
        allowing = DcgraphServer.start(TestServers.dataset(),
                                       TestServers.settings("serve/queries").withAllowedServices(Set.of(remoteSparql, redirectingSparql)));
    }

    @AfterAll
    static void stopServers() {
        allowing.stop();
        redirecting.stop(0);
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

    /**
     * Internal addresses, spelled in the ways that reach this machine: the loopback address, its short and decimal
     * forms, the unspecified address, and a name that resolves to loopback. Only exact allow-list entries are called,
     * so none is, and nothing is resolved.
     */
    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%d/sparql", "http://localhost:%d/sparql", "http://127.1:%d/", "http://2130706433:%d/",
                            "http://0.0.0.0:%d/", "HTTP://127.0.0.1:%d/sparql"})
    void serviceCallToAnInternalAddressIsRefusedWithoutConnecting(String template) throws IOException {
        String internal = template.formatted(outsider.getLocalPort());
        HttpResponse<String> response = query(allowing, "SELECT * WHERE { SERVICE <" + internal + "> { ?s ?p ?o } }");
        assertEquals(422, response.statusCode());
        assertEquals("SERVICE <" + internal + "> is not allowed: it is not in this server's allow-list of remote endpoints\n", response.body());
        assertNoConnectionAttempted();
    }

    /** The cloud metadata address: nothing listens there on this machine, so the proof is the guard's own refusal. */
    @Test
    void serviceCallToTheCloudMetadataAddressIsRefused() {
        HttpResponse<String> response = query(allowing, "SELECT * WHERE { SERVICE <http://169.254.169.254/latest/meta-data/> { ?s ?p ?o } }");
        assertEquals(422, response.statusCode());
        assertEquals("SERVICE <http://169.254.169.254/latest/meta-data/> is not allowed: it is not in this server's allow-list of remote endpoints\n",
                     response.body());
    }

    /** An allowed endpoint could otherwise send the call on to an internal address: redirects are not followed. */
    @Test
    void redirectFromAnAllowedEndpointIsNotFollowed() throws IOException {
        redirectTo = outsiderUrl;
        HttpResponse<String> response = query(allowing, "SELECT * WHERE { SERVICE <" + redirectingSparql + "> { ?s ?p ?o } }");
        assertEquals(502, response.statusCode());
        assertEquals("A SERVICE call failed: the remote endpoint answered 302 Found (redirects are not followed)\n", response.body());
        assertNoConnectionAttempted();
    }

    /** On a dataset endpoint FROM names a graph of the store; it is never fetched. */
    @Test
    void fromAnInternalAddressFetchesNothing() throws IOException {
        HttpResponse<String> response = query(closed, "SELECT * FROM <" + outsiderUrl + "> WHERE { ?s ?p ?o }");
        assertEquals(200, response.statusCode());
        assertEquals("s,p,o\r\n", response.body());
        assertNoConnectionAttempted();
    }

    @Test
    void serviceCallInsideAllowListIsMade() {
        HttpResponse<String> response = query(allowing,
                PREFIX + "SELECT ?symbol WHERE { SERVICE <" + remoteSparql + "> { ?document dcg:symbol ?symbol } }");
        assertEquals(200, response.statusCode());
        assertEquals("symbol\r\nA/RES/78/311\r\n", response.body());
    }

    /**
     * Issue 17, point 11: an allowed endpoint's answer that binds the endpoint's variable to another value was a 500
     * ("Incompatible bindings for ?x") with seven error lines in the log. It is refused in our words; the same value
     * bound again is answered, without a warning per row.
     */
    @Test
    void serviceAnswerContradictingTheEndpointsBindingIsRefusedInOurWords() {
        for (String pattern : List.of("{ SELECT (<urn:other> AS ?x) {} }", "{ VALUES ?x { <urn:other> } }")) {
            HttpResponse<String> r = query(allowing, "SELECT * WHERE { VALUES ?x { <" + remoteSparql + "> } OPTIONAL { SERVICE ?x " + pattern + " } }");
            assertEquals(422, r.statusCode(), r.body());
            assertEquals("SERVICE <" + remoteSparql + "> answered ?x = <urn:other> where the query had bound it to <" + remoteSparql
                    + ">: a SERVICE pattern must not bind again a variable already bound, its endpoint's included\n", r.body());
        }
        HttpResponse<String> same = query(allowing, "SELECT * WHERE { VALUES ?x { <" + remoteSparql + "> } LATERAL { SERVICE ?x { BIND(<urn:other> AS ?y) } } }");
        assertEquals(200, same.statusCode(), same.body());
        assertEquals("x,y\r\n" + remoteSparql + ",urn:other\r\n", same.body());
    }

    private static HttpResponse<String> query(DcgraphServer server, String sparql) {
        return new Http(server).get("/sparql?query=" + encode(sparql), "Accept", "text/csv");
    }

    private void assertNoConnectionAttempted() {
        assertThrows(SocketTimeoutException.class, outsider::accept, "the server connected to " + outsiderUrl);
    }
}
