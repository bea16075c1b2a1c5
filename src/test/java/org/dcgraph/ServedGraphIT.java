package org.dcgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.serve.DcgraphServer;
import org.dcgraph.serve.ServerSettings;
import org.dcgraph.store.Store;
import org.dcgraph.store.StoreBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph of the bundled corpus served by the real server, as a user reaches it over HTTP. */
class ServedGraphIT {
    @TempDir
    static Path dir;
    private static Store store;
    private static DcgraphServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Store.open(dir);
        new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, Fixtures.bundledCorpus(), false);
        server = DcgraphServer.start(store.dataset(), ServerSettings.defaults(QueryCatalogue.fromDirectory(Path.of("queries")))
                .withPort(0).withBindAddress("127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String sparql(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void sponsorsOfTheResolutionsDraftAreServedAsCsv() throws Exception {
        HttpResponse<String> r = get("/queries/sponsors?symbol=A/RES/78/311&format=csv", null);
        assertEquals(200, r.statusCode());
        assertEquals(29, r.body().lines().count());
        assertTrue(r.body().contains("https://w3id.org/dcgraph/id/country/IRN,IRN,Iran (Islamic Republic of)"), r.body());
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() throws Exception {
        HttpResponse<String> r = get(sparql("SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/dcgraph/ontology#OperativeParagraph> }"), "text/csv");
        assertEquals("n\r\n90\r\n", r.body()); // 89 of the seed resolutions and draft, and A/RES/79/1 op/1 ("Adopts the following Pact")
    }

    @Test
    void everyParagraphLeadsBackToItsSourceFile() throws Exception {
        String q = "PREFIX dcg: <https://w3id.org/dcgraph/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> "
                + "SELECT ?start ?end WHERE { <https://w3id.org/dcgraph/id/doc/A/78/L.86/op/15> dcg:sourceText/oa:hasSelector ?s . ?s oa:start ?start ; oa:end ?end }";
        HttpResponse<String> r = get(sparql(q), "text/csv");
        String[] offsets = r.body().lines().toList().get(1).split(",");
        String source = new String(Fixtures.bytes(Fixtures.DRAFT_L86_EN), StandardCharsets.UTF_8);
        String words = source.substring(source.offsetByCodePoints(0, Integer.parseInt(offsets[0])), source.offsetByCodePoints(0, Integer.parseInt(offsets[1])));
        assertTrue(words.startsWith("Requests* the Secretary-General to report"), words);
    }

    @Test
    void describeOfAParagraphComesAsTurtle() throws Exception {
        HttpResponse<String> r = get(sparql("DESCRIBE <https://w3id.org/dcgraph/id/doc/A/RES/78/311/op/15>"), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(r.body().contains("<https://w3id.org/dcgraph/id/doc/A/78/L.86/op/15>"), r.body());
    }
}
