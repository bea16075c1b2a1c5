package org.dcgraph.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16: HTTP as the usual clients expect it (compression, their names of formats, a favicon). */
class ClientExpectationsTest {
    private static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
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

    private static HttpResponse<byte[]> bytes(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path)));
        if (headers.length > 0) request.headers(headers);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theEditorsScriptIsCompressedForAClientThatAcceptsGzip() throws Exception {
        HttpResponse<byte[]> plain = bytes("/static/vendor/yasgui.min.js");
        HttpResponse<byte[]> gzipped = bytes("/static/vendor/yasgui.min.js", "Accept-Encoding", "gzip");
        assertEquals(Optional.empty(), plain.headers().firstValue("Content-Encoding"));
        assertEquals(Optional.of("gzip"), gzipped.headers().firstValue("Content-Encoding"));
        assertTrue(gzipped.body().length * 3 < plain.body().length, gzipped.body().length + " of " + plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
    }

    @Test
    void sparqlResultsAreCompressedToo() throws Exception {
        HttpResponse<byte[]> response = bytes("/sparql?query=" + Http.encode("SELECT * WHERE { ?s ?p ?o }"), "Accept-Encoding", "gzip",
                                              "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertEquals(Optional.of("gzip"), response.headers().firstValue("Content-Encoding"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("\"bindings\""));
        }
    }

    /** The names SPARQLWrapper, rdflib and YASGUI send in output= and format=, which Fuseki alone answered 400. */
    @ParameterizedTest
    @CsvSource({"output=rdf+xml, application/rdf+xml", "format=rdf%2Bxml, application/rdf+xml", "output=n3, text/turtle",
                "output=jsonld, application/ld+json", "results=ntriples, application/n-triples", "output=xml, application/rdf+xml",
                "output=application/rdf%2Bxml, application/rdf+xml"})
    void aConstructAnswersTheFormatNamesClientsSend(String parameter, String mediaType) {
        HttpResponse<String> response = http.get("/sparql?query=" + Http.encode(CONSTRUCT) + "&" + parameter.replace("+", "%2B"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(mediaType, response.headers().firstValue("Content-Type").orElseThrow().replaceFirst(";.*", ""));
    }

    @Test
    void aFormatNamePostedInTheFormIsUnderstoodToo() {
        HttpResponse<String> response = http.post("/sparql", "application/x-www-form-urlencoded",
                "query=" + Http.encode(CONSTRUCT) + "&output=" + Http.encode("rdf+xml"));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("<rdf:RDF"), response.body());
    }

    @Test
    void aSelectStillAnswersItsOwnShortNames() {
        HttpResponse<String> response = http.get("/sparql?query=" + Http.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1") + "&output=csv");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    }

    @Test
    void theFaviconIsServedAtTheRoot() throws Exception {
        HttpResponse<byte[]> response = bytes("/favicon.ico");
        assertEquals(200, response.statusCode());
        assertEquals("image/x-icon", response.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(new byte[] {0, 0, 1, 0}, java.util.Arrays.copyOf(response.body(), 4), "an ICO file's header");
    }
}
