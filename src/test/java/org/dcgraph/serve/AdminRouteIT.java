package org.dcgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.serve.linked.Site;
import org.dcgraph.store.Ingester;
import org.dcgraph.store.Store;
import org.dcgraph.store.StoreBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin route that ingests documents into a running server, and its guards. */
class AdminRouteIT {
    private static final Pipeline PIPELINE = new Pipeline(Fixtures.REFERENCE);
    private final HttpClient client = HttpClient.newHttpClient();
    private Store store;
    private DcgraphServer server;

    @BeforeEach
    void store() {
        store = Store.inMemory();
        new StoreBuilder(PIPELINE).build(store, List.of(Fixtures.file(Fixtures.RES_78_311_AR)), true);
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
        store.close();
    }

    private void start(String token) {
        AdminRoute admin = new AdminRoute(AdminRoute.LOOPBACK, 0, token, store, new Ingester(PIPELINE));
        server = DcgraphServer.start(store.dataset(), settings(), new Site(Fixtures.REFERENCE.base(), null), admin);
    }

    private static ServerSettings settings() {
        return ServerSettings.defaults(QueryCatalogue.fromDirectory(java.nio.file.Path.of("queries"))).withPort(0).withBindAddress("127.0.0.1");
    }

    private HttpResponse<String> post(int port, String query, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + AdminIngestServlet.PATH + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) request.headers(headers);
        if (java.util.Arrays.stream(headers).noneMatch("Content-Type"::equalsIgnoreCase))
            request.header("Content-Type", "application/octet-stream");
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long englishVersions() {
        return new Http(server).get("/queries/documents?format=csv").body().lines().filter(l -> l.contains(",A/RES/78/311,") && l.contains(",en,")).count();
    }

    @Test
    void postedDocumentIsIngestedAndServed() throws Exception {
        start(null);
        HttpResponse<String> r = post(server.adminPort(), "?name=res-78-311-en.txt", Fixtures.bytes(Fixtures.RES_78_311_EN));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("loaded  res-78-311-en.txt: A/RES/78/311, General Assembly resolution [en]"), r.body());
        assertEquals(1, englishVersions());
    }

    /** A form, plain text or no type at all: what a web page can send without asking; curl users add -H 'Content-Type: ...'. */
    @Test
    void documentSentWithATypeAFormCanSendIsRefused() throws Exception {
        start(null);
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain;charset=UTF-8", "multipart/form-data; boundary=x")) {
            HttpResponse<String> r = post(server.adminPort(), "?name=res.txt", Fixtures.bytes(Fixtures.RES_78_311_EN), "Content-Type", type);
            assertEquals(415, r.statusCode(), type);
            assertTrue(r.body().startsWith("/admin/ingest takes the document with a Content-Type such as application/octet-stream"), r.body());
        }
        assertEquals(0, englishVersions());
    }

    /**
     * The attack of issue 17, point 4: a page on another site posts forged text to the loopback route. The browser
     * sends its Origin; the route refuses it, and its answer carries no CORS header the page could read it by.
     */
    @Test
    void crossOriginPostFromAWebPageIsRefused() throws Exception {
        start(null);
        HttpResponse<String> r = post(server.adminPort(), "?name=forged.txt", Fixtures.bytes(Fixtures.RES_78_311_EN),
                "Origin", "https://attacker.example", "Content-Type", "text/plain");
        assertEquals(403, r.statusCode());
        assertEquals("/admin/ingest does not take requests from web pages (the request has an Origin header)\n", r.body());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.headers().toString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), r.headers().toString());
        assertEquals(0, englishVersions());
    }

    @Test
    void preflightOnTheAdminRouteAllowsNothing() throws Exception {
        start(null);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.adminPort() + AdminIngestServlet.PATH))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .headers("Origin", "https://attacker.example", "Access-Control-Request-Method", "POST",
                         "Access-Control-Request-Headers", "Authorization, Content-Type").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        assertTrue(r.headers().map().keySet().stream().noneMatch(h -> h.toLowerCase().startsWith("access-control-")), r.headers().toString());
    }

    /** DNS rebinding: the attacker's own host name, resolved to 127.0.0.1, arrives as the Host header. */
    @Test
    void requestAddressedToAnotherHostIsRefused() throws Exception {
        start(null);
        byte[] body = Fixtures.bytes(Fixtures.RES_78_311_EN);
        for (String host : List.of("rebind.attacker.example", "rebind.attacker.example:" + server.adminPort())) {
            try (Socket socket = new Socket("127.0.0.1", server.adminPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST " + AdminIngestServlet.PATH + "?name=a.txt HTTP/1.1\r\nHost: " + host
                        + "\r\nConnection: close\r\nContent-Type: application/octet-stream\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().write(body);
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 403 "), answer);
                assertTrue(answer.endsWith("/admin/ingest answers only requests addressed to the loopback interface (Host: 127.0.0.1, [::1] or localhost)\n"), answer);
            }
        }
        assertEquals(0, englishVersions());
    }

    @Test
    void routeIsOffUnlessTheOperatorTurnsItOn() throws Exception {
        server = DcgraphServer.start(store.dataset(), settings());
        assertEquals(404, post(server.port(), "?name=a.txt", Fixtures.bytes(Fixtures.RES_78_311_EN)).statusCode());
        assertEquals(-1, server.adminPort());
        assertEquals(0, englishVersions());
    }

    @Test
    void publicPortDoesNotServeTheAdminRoute() throws Exception {
        start(null);
        assertEquals(404, post(server.port(), "?name=a.txt", Fixtures.bytes(Fixtures.RES_78_311_EN)).statusCode());
        assertEquals(0, englishVersions());
    }

    @Test
    void refusedDocumentIsAnsweredWithItsReason() throws Exception {
        start(null);
        HttpResponse<String> r = post(server.adminPort(), "?name=empty.txt", new byte[0]);
        assertEquals(422, r.statusCode());
        assertEquals("skipped empty.txt: empty file", r.body().strip());
    }

    /** Issue 17, point 13: a right-to-left override in a name was printed raw in the report. */
    @Test
    void nameWithADirectionOverrideIsRefused() throws Exception {
        start(null);
        HttpResponse<String> r = post(server.adminPort(), "?name=" + Http.encode("res\u202Etxt.exe"), Fixtures.bytes(Fixtures.RES_78_311_EN));
        assertEquals(400, r.statusCode());
        assertEquals("name 'res\uFFFDtxt.exe' has invisible formatting characters (such as a direction override)", r.body().strip());
        assertEquals(0, englishVersions());
    }

    @Test
    void nameWithAPathSeparatorIsRefused() throws Exception {
        start(null);
        HttpResponse<String> r = post(server.adminPort(), "?name=" + Http.encode("../../etc/passwd"), Fixtures.bytes(Fixtures.RES_78_311_EN));
        assertEquals(400, r.statusCode());
        assertEquals("name '../../etc/passwd' has a path separator: give the file's name only", r.body().strip());
        assertEquals(0, englishVersions());
    }

    @Test
    void tokenIsRequiredWhenTheOperatorSetOne() throws Exception {
        start("s3cret");
        assertEquals(401, post(server.adminPort(), "?name=a.txt", Fixtures.bytes(Fixtures.RES_78_311_EN)).statusCode());
        assertEquals(401, post(server.adminPort(), "?name=a.txt", Fixtures.bytes(Fixtures.RES_78_311_EN), "Authorization", "Bearer guess").statusCode());
        assertEquals(200, post(server.adminPort(), "?name=a.txt", Fixtures.bytes(Fixtures.RES_78_311_EN), "Authorization", "Bearer s3cret").statusCode());
    }

    /**
     * The document comes in two parts with a pause between them, as over a slow link: answered before its end,
     * the refusal would leave the rest unread and the connection closed under the client's next request.
     */
    @Test
    void connectionServesTheNextRequestAfterARefusalOfAPartlySentDocument() throws Exception {
        start("s3cret");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.adminPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            byte[] half = "a".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            String head = "POST " + AdminIngestServlet.PATH + "?name=a.txt HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer guess\r\n"
                          + "Content-Type: application/octet-stream\r\nContent-Length: " + 2 * half.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(half);
            out.flush();
            Thread.sleep(500);
            out.write(half);
            out.flush();
            assertEquals("HTTP/1.1 401 Unauthorized", in.readLine());
            skipResponse(in);
            out.write(("GET /admin/ingest HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertEquals("HTTP/1.1 405 Method Not Allowed", in.readLine());
        }
    }

    /** Reads the rest of a response whose status line was read: its headers, then as many bytes as it declares. */
    private static void skipResponse(BufferedReader in) throws IOException {
        int length = 0;
        for (String line = in.readLine(); !line.isEmpty(); line = in.readLine())
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) length = Integer.parseInt(line.substring(15).strip());
        for (int i = 0; i < length; i++) in.read();
    }

    @Test
    void routeOpenedBeyondLoopbackWithoutATokenIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AdminRoute("0.0.0.0", 0, null, store, new Ingester(PIPELINE)));
        assertTrue(e.getMessage().startsWith("the admin route listens beyond the loopback interface (0.0.0.0) only with a token"));
    }
}
