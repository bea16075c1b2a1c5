package org.dcgraph.serve.linked;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dcgraph.rdf.DCG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What crawlers and federating engines read about the dataset: VoID with DCAT, the service description, the dumps. */
class DatasetDescriptionIT {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    @TempDir
    static Path dumps;
    private static BundledGraph graph;

    @BeforeAll
    static void start() {
        graph = new BundledGraph(dumps);
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    private static Property p(String iri) {
        return ModelFactory.createDefaultModel().createProperty(iri);
    }

    private static Model turtle(String path) {
        HttpResponse<String> r = graph.get(path, "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/turtle;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(m);
        return m;
    }

    private Resource dataset(Model voidDescription) {
        return voidDescription.getResource(graph.origin() + "/.well-known/void#dcgraph");
    }

    /**
     * Issue 17, point 5: VoID was computed and kept once per Host header, so distinct Hosts filled the heap. It is
     * now computed once per store content; each answer still names the origin it was asked at, and none keeps the
     * placeholder the kept description uses.
     */
    @Test
    void void_for_many_host_headers_is_computed_once_and_names_each_origin() throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < 300; i++) {
            String host = "h" + i + ".example:" + URI.create(graph.origin()).getPort();
            try (Socket socket = new Socket("127.0.0.1", URI.create(graph.origin()).getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET /.well-known/void HTTP/1.1\r\nHost: " + host
                        + "\r\nAccept: text/turtle\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 200 "), answer.lines().findFirst().orElse(""));
                assertTrue(answer.contains("<http://" + host + "/sparql>"), host);
                assertTrue(!answer.contains(DatasetDescription.PLACEHOLDER_ORIGIN), answer);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 15_000, "300 VoID requests took " + millis + " ms");
        assertEquals(200, graph.get("/$/ping").statusCode());
    }

    @Test
    void void_names_the_sparql_endpoint_and_the_dumps() {
        Model m = turtle("/.well-known/void");
        Resource dataset = dataset(m);
        assertTrue(dataset.hasProperty(RDF.type, m.createResource(VOID + "Dataset")));
        assertEquals(graph.origin() + "/sparql", dataset.getPropertyResourceValue(p(VOID + "sparqlEndpoint")).getURI());
        assertTrue(dataset.hasProperty(p(VOID + "dataDump"), m.createResource(graph.origin() + "/dumps/dcgraph.nq.gz")));
        assertTrue(dataset.hasProperty(p(VOID + "dataDump"), m.createResource(graph.origin() + "/dumps/dcgraph.ttl.gz")));
        assertEquals("https://w3id.org/dcgraph/id/", dataset.getProperty(p(VOID + "uriSpace")).getString());
    }

    @Test
    void void_counts_the_triples_of_the_default_graph() {
        long triples = Long.parseLong(graph.get("/sparql?query=" + java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", StandardCharsets.UTF_8),
                "Accept", "text/csv").body().lines().toList().get(1));
        assertEquals(triples, dataset(turtle("/.well-known/void")).getProperty(p(VOID + "triples")).getLong());
    }

    @Test
    void void_has_a_class_partition_with_the_number_of_resolutions() {
        Model m = turtle("/.well-known/void");
        Resource partition = dataset(m).listProperties(p(VOID + "classPartition")).toList().stream().map(s -> s.getResource())
                .filter(r -> r.hasProperty(p(VOID + "class"), DCG.Resolution)).findFirst().orElseThrow();
        long resolutions = Long.parseLong(graph.get("/sparql?query=" + java.net.URLEncoder.encode(
                "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a <https://w3id.org/dcgraph/ontology#Resolution> }", StandardCharsets.UTF_8),
                "Accept", "text/csv").body().lines().toList().get(1));
        assertEquals(resolutions, partition.getProperty(p(VOID + "entities")).getLong());
    }

    @Test
    void void_lists_the_vocabularies_used() {
        Resource dataset = dataset(turtle("/.well-known/void"));
        for (String vocabulary : new String[] {"https://w3id.org/dcgraph/ontology#", "http://data.europa.eu/eli/ontology#",
                                               "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/oa#", "http://www.w3.org/ns/prov#"})
            assertTrue(dataset.hasProperty(p(VOID + "vocabulary"), dataset.getModel().createResource(vocabulary)), vocabulary);
    }

    @Test
    void void_has_linksets_to_undocs_and_wikidata() {
        Model m = turtle("/.well-known/void");
        assertTrue(linkset(m, RDFS.seeAlso, "https://undocs.org/") > 0);
        assertTrue(linkset(m, p("http://www.w3.org/2002/07/owl#sameAs"), "http://www.wikidata.org/") > 0);
    }

    private long linkset(Model m, Property predicate, String site) {
        return m.listSubjectsWithProperty(p(VOID + "linkPredicate"), predicate).toList().stream()
                .filter(l -> l.getPropertyResourceValue(p(VOID + "objectsTarget")).hasProperty(p(VOID + "uriSpace"), site))
                .findFirst().orElseThrow().getProperty(p(VOID + "triples")).getLong();
    }

    @Test
    void dcat_describes_the_dump_and_the_endpoint_as_distributions() {
        Model m = turtle("/.well-known/void");
        Resource dataset = dataset(m);
        assertTrue(dataset.hasProperty(RDF.type, m.createResource(DCAT + "Dataset")));
        Resource nquads = m.listSubjectsWithProperty(p(DCAT + "downloadURL"), m.createResource(graph.origin() + "/dumps/dcgraph.nq.gz")).next();
        assertTrue(dataset.hasProperty(p(DCAT + "distribution"), nquads));
        assertEquals("http://www.iana.org/assignments/media-types/application/n-quads", nquads.getPropertyResourceValue(p(DCAT + "mediaType")).getURI());
        Resource service = m.listSubjectsWithProperty(p(DCAT + "endpointURL"), m.createResource(graph.origin() + "/sparql")).next();
        assertTrue(service.hasProperty(p(DCAT + "servesDataset"), dataset));
    }

    @Test
    void service_description_on_get_sparql_without_query() {
        Model m = turtle("/sparql");
        Resource service = m.listSubjectsWithProperty(RDF.type, m.createResource(SD + "Service")).next();
        assertEquals(graph.origin() + "/sparql", service.getPropertyResourceValue(p(SD + "endpoint")).getURI());
        assertTrue(service.hasProperty(p(SD + "supportedLanguage"), m.createResource(SD + "SPARQL11Query")));
        assertTrue(service.hasProperty(p(SD + "feature"), m.createResource(SD + "UnionDefaultGraph")));
    }

    @Test
    void browser_asking_for_the_endpoint_is_sent_to_the_editor() {
        HttpResponse<String> r = graph.get("/sparql", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, r.statusCode());
        assertEquals("/#sparql", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void service_description_by_format_param() {
        HttpResponse<String> r = graph.get("/sparql?format=nt", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertEquals("application/n-triples;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(r.body().contains("<http://www.w3.org/ns/sparql-service-description#SPARQL11Query>"), r.body());
    }

    @Test
    void void_for_a_browser_is_a_page_showing_the_turtle() {
        HttpResponse<String> r = graph.get("/.well-known/void", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(r.body().matches("(?s).*void:sparqlEndpoint +&lt;" + java.util.regex.Pattern.quote(graph.origin() + "/sparql") + "&gt;.*"), r.body());
    }

    @Test
    void sparql_with_a_query_still_answers_it() {
        HttpResponse<String> r = graph.get("/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"boolean\" : true"), r.body());
    }

    @Test
    void nquads_dump_holds_every_quad_of_the_store() throws IOException {
        HttpResponse<byte[]> r = graph.getBytes("/dumps/dcgraph.nq.gz");
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElseThrow());
        Dataset dumped = DatasetFactory.create();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            RDFParser.create().source(in).lang(Lang.NQUADS).parse(dumped);
        }
        long inDump = dumped.asDatasetGraph().stream().count();
        assertEquals(graph.store.quadCount(), inDump);
    }

    @Test
    void turtle_dump_is_the_union_graph() throws IOException {
        HttpResponse<byte[]> r = graph.getBytes("/dumps/dcgraph.ttl.gz");
        Model dumped = ModelFactory.createDefaultModel();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            RDFParser.create().source(in).lang(Lang.TURTLE).parse(dumped);
        }
        assertTrue(dumped.contains(dumped.createResource("https://w3id.org/dcgraph/id/doc/A/RES/78/311"), DCG.symbol, "A/RES/78/311"));
    }

    /** Issue 16: riot could not read a dump from its URL, served as application/gzip without Content-Encoding. */
    @Test
    void a_tool_reads_the_dump_as_rdf_straight_from_its_url() {
        Dataset read = DatasetFactory.create();
        RDFParser.create().source(graph.origin() + "/dumps/dcgraph.nq").parse(read); // Jena's own HTTP reading, as riot does
        assertEquals(graph.store.quadCount(), read.asDatasetGraph().stream().count());
        Model turtle = ModelFactory.createDefaultModel();
        RDFParser.create().source(graph.origin() + "/dumps/dcgraph.ttl").parse(turtle);
        assertTrue(turtle.contains(turtle.createResource("https://w3id.org/dcgraph/id/doc/A/RES/78/311"), DCG.symbol, "A/RES/78/311"));
    }

    @Test
    void the_rdf_dump_is_gzip_encoded_only_for_a_client_that_accepts_it() throws IOException {
        HttpResponse<byte[]> plain = graph.getBytes("/dumps/dcgraph.nq");
        assertEquals("application/n-quads", plain.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        HttpResponse<byte[]> encoded = graph.getBytes("/dumps/dcgraph.nq", "Accept-Encoding", "gzip");
        assertEquals("gzip", encoded.headers().firstValue("Content-Encoding").orElseThrow());
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(encoded.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertArrayEquals(graph.getBytes("/dumps/dcgraph.nq.gz").body(), encoded.body(), "the stored file, sent as it is");
    }

    @Test
    void a_client_holding_the_dump_gets_304() {
        HttpResponse<byte[]> first = graph.getBytes("/dumps/dcgraph.nq.gz");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());
        assertEquals(304, graph.getBytes("/dumps/dcgraph.nq.gz", "If-None-Match", tag).statusCode());
        assertEquals(200, graph.getBytes("/dumps/dcgraph.ttl.gz", "If-None-Match", tag).statusCode(), "another dump's tag");
    }

    /** Issue 16: the dumps answered no Range, so an interrupted download of a large one started again from nothing. */
    @Test
    void a_dump_is_served_by_byte_ranges() {
        byte[] whole = graph.getBytes("/dumps/dcgraph.nq.gz").body();
        HttpResponse<byte[]> part = graph.getBytes("/dumps/dcgraph.nq.gz", "Range", "bytes=100-199");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-199/" + whole.length, part.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, 100, 200), part.body());
        HttpResponse<byte[]> rest = graph.getBytes("/dumps/dcgraph.nq.gz", "Range", "bytes=" + (whole.length - 10) + "-");
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, whole.length - 10, whole.length), rest.body());
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, whole.length - 7, whole.length),
                          graph.getBytes("/dumps/dcgraph.nq.gz", "Range", "bytes=-7").body());
        HttpResponse<byte[]> beyond = graph.getBytes("/dumps/dcgraph.nq.gz", "Range", "bytes=" + whole.length + "-");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */" + whole.length, beyond.headers().firstValue("Content-Range").orElseThrow());
        // a range of another version of the file is not spliced onto this one: the whole file comes back
        HttpResponse<byte[]> stale = graph.getBytes("/dumps/dcgraph.nq.gz", "Range", "bytes=100-199", "If-Range", "\"another\"");
        assertEquals(200, stale.statusCode());
        assertEquals(whole.length, stale.body().length);
        assertEquals("none", graph.getBytes("/dumps/dcgraph.nq").headers().firstValue("Accept-Ranges").orElseThrow());
    }

    @Test
    void unknown_dump_gives_404() {
        assertEquals(404, graph.get("/dumps/everything.zip").statusCode());
    }
}
