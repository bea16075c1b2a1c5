package org.dcgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.rdf.Iris;
import org.dcgraph.serve.linked.Site;
import org.dcgraph.store.Dumps;
import org.dcgraph.store.Ingester;
import org.dcgraph.store.Store;
import org.dcgraph.store.StoreBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What depends on the whole store (the VoID statistics, the dumps) follows a document ingested through the admin route. */
class IngestRefreshIT {
    private static final Pipeline PIPELINE = new Pipeline(Fixtures.REFERENCE);
    private static final String ENGLISH_311 = new Iris(Fixtures.REFERENCE.base()).expressionGraph(
            new Iris(Fixtures.REFERENCE.base()).doc("A/RES/78/311"), "en");
    private final HttpClient client = HttpClient.newHttpClient();
    @TempDir
    Path dir;
    private Store store;
    private DcgraphServer server;

    @BeforeEach
    void start() {
        store = Store.open(dir.resolve("store"));
        new StoreBuilder(PIPELINE).build(store, List.of(Fixtures.file(Fixtures.RES_78_311_AR)), true);
        AdminRoute admin = new AdminRoute(AdminRoute.LOOPBACK, 0, null, store, new Ingester(PIPELINE));
        server = DcgraphServer.start(store.dataset(),
                ServerSettings.defaults(QueryCatalogue.fromDirectory(Path.of("queries"))).withPort(0).withBindAddress("127.0.0.1"),
                new Site(Fixtures.REFERENCE.base(), Dumps.folderOf(store)), admin);
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        return client.send(request, body);
    }

    private void ingestEnglish311() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.adminPort() + AdminIngestServlet.PATH + "?name=res-78-311-en.txt"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.bytes(Fixtures.RES_78_311_EN))).build();
        HttpResponse<String> r = send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
    }

    private long voidTriples() throws Exception {
        String origin = "http://127.0.0.1:" + server.port();
        HttpRequest get = HttpRequest.newBuilder(URI.create(origin + "/.well-known/void")).header("Accept", "text/turtle").build();
        HttpResponse<String> r = send(get, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(m);
        return m.getResource(origin + "/.well-known/void#dcgraph").getProperty(m.createProperty("http://rdfs.org/ns/void#triples")).getLong();
    }

    private long storeTriples() {
        return Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getUnionGraph().size());
    }

    private DatasetGraph dump() throws Exception {
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/dumps/" + Dumps.NQUADS)).build();
        HttpResponse<byte[]> r = send(get, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        DatasetGraph dumped = DatasetFactory.create().asDatasetGraph();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            RDFParser.create().source(in).lang(Lang.NQUADS).parse(dumped);
        }
        return dumped;
    }

    @Test
    void voidCountsTheTriplesOfADocumentIngestedWhileServing() throws Exception {
        long before = voidTriples();
        assertEquals(storeTriples(), before);
        ingestEnglish311();
        assertNotEquals(before, storeTriples());
        assertEquals(storeTriples(), voidTriples());
    }

    @Test
    void dumpHoldsADocumentIngestedWhileServing() throws Exception {
        assertFalse(dump().containsGraph(NodeFactory.createURI(ENGLISH_311)));
        ingestEnglish311();
        DatasetGraph dumped = dump();
        assertTrue(dumped.containsGraph(NodeFactory.createURI(ENGLISH_311)));
        Txn.executeRead(store.dataset(), () -> assertEquals(store.quadCount(), dumped.stream().count()));
    }
}
