package org.dcgraph.serve;

import static org.dcgraph.serve.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SparqlEndpointTest {
    private static final String PREFIX = "PREFIX dcg: <https://w3id.org/dcgraph/ontology#> ";
    private static final String OPERATIVE = PREFIX
            + "SELECT ?number ?text WHERE { ?p a dcg:OperativeParagraph ; dcg:number ?number ; dcg:text ?text } ORDER BY ?number";
    private static final String OP_1_TEXT = "Encourages Member States to enhance international cooperation on capacity-building of artificial intelligence;";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final String CONSTRUCT = PREFIX
            + "CONSTRUCT { ?d dcg:symbol ?s } WHERE { ?d dcg:symbol ?s }";
    private static final String RESOLUTION = "https://w3id.org/dcgraph/id/doc/A/RES/78/311";
    /** A browser page on another site, as a notebook or a federating web app is. */
    private static final String NOTEBOOK = "https://notebook.example.org";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static DatasetGraph dataset;
    private static DcgraphServer server;
    private static Http http;

    @BeforeAll
    static void startServer() {
        dataset = TestServers.dataset();
        server = DcgraphServer.start(dataset, TestServers.settings("serve/queries"));
        http = new Http(server);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void sparqlSelectReturnsJsonResults() throws Exception {
        HttpResponse<String> response = http.get("/sparql?query=" + encode(OPERATIVE), "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertEquals("application/sparql-results+json; charset=utf-8", contentType(response));
        JsonNode json = JSON.readTree(response.body());
        assertEquals(List.of("number", "text"), JSON.convertValue(json.at("/head/vars"), List.class));
        JsonNode rows = json.at("/results/bindings");
        assertEquals(2, rows.size());
        assertEquals("1", rows.get(0).at("/number/value").asText());
        assertEquals("http://www.w3.org/2001/XMLSchema#integer", rows.get(0).at("/number/datatype").asText());
        assertEquals(OP_1_TEXT, rows.get(0).at("/text/value").asText());
        assertEquals("en", rows.get(0).at("/text/xml:lang").asText());
        assertEquals("2", rows.get(1).at("/number/value").asText());
    }

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+xml, application/sparql-results+xml,                <literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">1</literal>",
            "text/csv,                        text/csv; charset=utf-8,                       '1,Encourages Member States'",
            "text/tab-separated-values,       text/tab-separated-values; charset=utf-8,      '1\t\"Encourages Member States'",
    })
    void selectAnswersInTheFormatTheAcceptHeaderAsksFor(String accept, String expectedType, String expectedFragment) {
        HttpResponse<String> response = http.get("/sparql?query=" + encode(OPERATIVE), "Accept", accept);
        assertEquals(200, response.statusCode());
        assertEquals(expectedType, contentType(response));
        assertTrue(response.body().contains(expectedFragment), response.body());
    }

    @Test
    void askAnswersTrueOrFalse() throws Exception {
        HttpResponse<String> response = http.get("/sparql?query=" + encode("ASK { ?s ?p \"A/RES/78/311\" }"),
                                                 "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertTrue(JSON.readTree(response.body()).get("boolean").asBoolean());
    }

    @Test
    void queryPostedAsSparqlQueryBodyIsAnswered() {
        HttpResponse<String> response = http.post("/sparql", "application/sparql-query", OPERATIVE, "Accept", "text/csv");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("number,text\r\n1,"), response.body());
    }

    @Test
    void queryPostedAsFormIsAnswered() {
        HttpResponse<String> response = http.post("/sparql", "application/x-www-form-urlencoded", "query=" + encode(OPERATIVE),
                                                  "Accept", "text/csv");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("number,text\r\n1,"), response.body());
    }

    @ParameterizedTest
    @CsvSource({
            "text/turtle,           TTL",
            "application/ld+json,   JSONLD",
            "application/rdf+xml,   RDFXML",
            "application/n-triples, NT",
            "application/n-quads,   NQ",
            "application/trig,      TRIG",
    })
    void constructAnswersInTheRdfFormatTheAcceptHeaderAsksFor(String accept, String langName) {
        HttpResponse<String> response = http.get("/sparql?query=" + encode(CONSTRUCT), "Accept", accept);
        assertEquals(200, response.statusCode());
        assertEquals(accept, contentType(response).replace("; charset=utf-8", ""));
        Lang lang = RDFLanguages.shortnameToLang(langName);
        DatasetGraph answer = DatasetGraphFactory.create();
        RDFParser.fromString(response.body(), lang).parse(answer);
        assertEquals(1, answer.getDefaultGraph().size());
        assertTrue(answer.getDefaultGraph().contains(NodeFactory.createURI(RESOLUTION), null, null));
    }

    @Test
    void describeAnswersTurtle() {
        HttpResponse<String> response = http.get("/sparql?query=" + encode("DESCRIBE <" + RESOLUTION + ">"), "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        assertEquals("text/turtle", contentType(response));
        assertTrue(response.body().contains("A/RES/78/311"), response.body());
    }

    @Test
    void formatParameterOverridesAccept() {
        HttpResponse<String> response = http.get("/sparql?format=csv&query=" + encode(OPERATIVE), "Accept", "application/sparql-results+xml");
        assertEquals(200, response.statusCode());
        assertEquals("text/csv; charset=utf-8", contentType(response));
        assertTrue(response.body().startsWith("number,text\r\n"), response.body());
        HttpResponse<String> output = http.get("/sparql?output=tsv&query=" + encode(OPERATIVE), "Accept", "application/sparql-results+xml");
        assertEquals("text/tab-separated-values; charset=utf-8", contentType(output));
    }

    @Test
    void syntaxErrorGives400WithTheParserMessage() {
        HttpResponse<String> response = http.get("/sparql?query=" + encode("SELECT ?x WHERE { ?x "));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Parse error"), response.body());
    }

    @Test
    void syntaxErrorNamesTheLineAndColumn() {
        HttpResponse<String> response = http.get("/sparql?query=" + encode("SELECT ?x\nWHERE { ?x "));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().startsWith("Parse error: Encountered \"<EOF>\" at line 2, column 11."), response.body());
    }

    @Test
    void headersOverTheLimitGet431() {
        HttpResponse<String> response = http.onOwnConnection().get("/$/ping", "X-Padding", "x".repeat(DcgraphServer.REQUEST_HEADER_BYTES));
        assertEquals(431, response.statusCode());
    }

    @Test
    void getQueryLongerThanTheHeaderLimitGets414() {
        String query = "# " + "x".repeat(DcgraphServer.REQUEST_HEADER_BYTES) + "\n" + COUNT;
        HttpResponse<String> response = http.onOwnConnection().get("/sparql?query=" + encode(query));
        assertEquals(414, response.statusCode());
    }

    @Test
    void postedQueryOverTheBodyLimitGets413() {
        String answer = http.postAnnouncing("/sparql", "application/sparql-query", 3 * 1024 * 1024);
        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.endsWith("\r\n\r\nThe request body has " + (3 * 1024 * 1024) + " bytes; a query sent to /sparql may have at most 1048576 bytes\n"),
                   answer);
    }

    @Test
    void chunkedQueryOverTheBodyLimitGets413() {
        HttpResponse<String> response = http.onOwnConnection().postChunked("/sparql", "application/sparql-query", paddedQuery(3 * 1024 * 1024));
        assertEquals(413, response.statusCode());
        assertEquals("The request body has more than 1048576 bytes; a query sent to /sparql may have at most 1048576 bytes\n",
                     response.body());
    }

    @Test
    void formQueryOverTheBodyLimitGets413() {
        HttpResponse<String> response = http.onOwnConnection().post("/sparql", "application/x-www-form-urlencoded",
                                                                    "query=" + encode(paddedQuery(3 * 1024 * 1024)));
        assertEquals(413, response.statusCode());
        assertTrue(response.body().startsWith("The request body has "), response.body());
    }

    @Test
    void chunkedFormQueryOverTheBodyLimitGets400() {
        HttpResponse<String> response = http.onOwnConnection().postChunked("/sparql", "application/x-www-form-urlencoded",
                                                                           "query=" + encode(paddedQuery(3 * 1024 * 1024)));
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("The form sent to /sparql could not be read: form too large > 1048576 (a query may have at most 1048576 bytes)\n",
                     response.body());
    }

    @Test
    void chunkedQueryUnderTheBodyLimitIsAnswered() {
        HttpResponse<String> response = http.onOwnConnection().postChunked("/sparql", "application/sparql-query", paddedQuery(900 * 1024));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains(">22</literal>"), response.body());
    }

    @Test
    void threadPoolIsBoundedByTheSetting() {
        QueuedThreadPool pool = (QueuedThreadPool) server.jetty().getThreadPool();
        assertEquals(ServerSettings.DEFAULT_MAX_THREADS, pool.getMaxThreads());
    }

    @Test
    void updateIsRefused() {
        HttpResponse<String> response = http.post("/sparql", "application/sparql-update", "CLEAR ALL");
        assertEquals(403, response.statusCode());
        assertEquals("text/plain;charset=utf-8", contentType(response));
        assertEquals("SPARQL Update is not accepted: this service is read-only and /sparql answers queries only\n", response.body());
        assertStoreUnchanged();
    }

    @Test
    void updateSentAsFormIsRefused() {
        HttpResponse<String> response = http.post("/sparql", "application/x-www-form-urlencoded", "update=" + encode("CLEAR ALL"));
        assertEquals(403, response.statusCode());
        assertTrue(response.body().startsWith("SPARQL Update is not accepted"), response.body());
        assertStoreUnchanged();
    }

    @Test
    void graphStoreWritesAreRefused() {
        String triple = "<https://example.org/s> <https://example.org/p> \"o\" .";
        assertEquals(405, http.onOwnConnection().send("PUT", "/sparql?default", "application/n-triples", triple).statusCode());
        assertEquals(415, http.onOwnConnection().post("/sparql?default", "application/n-triples", triple).statusCode());
        assertEquals(405, http.onOwnConnection().send("DELETE", "/sparql?default", "text/plain", "").statusCode());
        assertStoreUnchanged();
    }

    /** Graph Store Protocol writes to a named graph the store holds, by every method that writes, on every route. */
    @ParameterizedTest
    @CsvSource({
            "PUT,    /sparql?graph=",  "POST,   /sparql?graph=",  "DELETE, /sparql?graph=",  "PATCH,  /sparql?graph=",
            "PUT,    /sparql/data?graph=", "POST, /sparql/data?graph=", "DELETE, /sparql/data?graph=", "PATCH, /sparql/data?graph=",
            "PUT,    /data?graph=",    "DELETE, /data?graph=",    "PUT,    /?graph=",       "DELETE, /?graph=",
            "PUT,    /id/doc/A/RES/78/311?graph=", "DELETE, /id/doc/A/RES/78/311?graph=",
    })
    void graphStoreWriteToANamedGraphIsRefused(String method, String route) {
        String triple = "<https://example.org/s> <https://example.org/p> \"o\" .";
        int status = http.onOwnConnection().send(method, route + encode(RESOLUTION), "application/n-triples", triple).statusCode();
        assertTrue(status >= 400 && status < 500, method + " " + route + " answered " + status);
        assertStoreUnchanged();
    }

    @Test
    void updateSentByGetIsRefused() {
        HttpResponse<String> response = http.get("/sparql?update=" + encode("DROP GRAPH <" + RESOLUTION + ">"));
        assertEquals(403, response.statusCode());
        assertTrue(response.body().startsWith("SPARQL Update is not accepted"), response.body());
        assertStoreUnchanged();
    }

    /** Jena's update engine reads {@code file:} IRIs: the file here exists and is Turtle, so a LOAD that ran would add its triple. */
    @Test
    void loadOfALocalFileIsRefusedInEveryForm(@TempDir Path dir) throws IOException {
        String load = "LOAD <" + localTurtleFile(dir) + "> INTO GRAPH <https://example.org/loaded>";
        List<HttpResponse<String>> responses = List.of(
                http.onOwnConnection().post("/sparql", "application/sparql-update", load),
                http.onOwnConnection().post("/sparql", "application/x-www-form-urlencoded", "update=" + encode(load)),
                http.onOwnConnection().get("/sparql?update=" + encode(load)));
        responses.forEach(response -> assertEquals(403, response.statusCode(), response.body()));
        assertStoreUnchanged();
    }

    @Test
    void loadSentAsAQueryIsASyntaxError(@TempDir Path dir) throws IOException {
        HttpResponse<String> response = http.get("/sparql?query=" + encode("LOAD <" + localTurtleFile(dir) + ">"));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Encountered \" \"load\""), response.body());
        assertStoreUnchanged();
    }

    /**
     * On a dataset endpoint FROM names graphs of the dataset (Fuseki takes them from the store with Jena's
     * DynamicDatasets); it never reads the IRI. A local file that exists and holds Turtle gives no rows.
     */
    @Test
    void fromALocalFileReadsNothing(@TempDir Path dir) throws IOException {
        HttpResponse<String> response = http.get("/sparql?query=" + encode("SELECT * FROM <" + localTurtleFile(dir) + "> WHERE { ?s ?p ?o }"),
                                                  "Accept", "text/csv");
        assertEquals(200, response.statusCode());
        assertEquals("s,p,o\r\n", response.body());
    }

    @Test
    void fromEtcPasswdReadsNothing() {
        HttpResponse<String> response = http.get("/sparql?query=" + encode("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"),
                                                  "Accept", "text/csv");
        assertEquals(200, response.statusCode());
        assertEquals("s,p,o\r\n", response.body());
    }

    /** The protocol's way of saying FROM: the same, a graph name looked up in the store. */
    @Test
    void defaultGraphParameterNamingALocalFileReadsNothing(@TempDir Path dir) throws IOException {
        HttpResponse<String> response = http.get("/sparql?default-graph-uri=" + encode(localTurtleFile(dir))
                                                  + "&query=" + encode("SELECT * WHERE { ?s ?p ?o }"), "Accept", "text/csv");
        assertEquals(200, response.statusCode());
        assertEquals("s,p,o\r\n", response.body());
    }

    @Test
    void serviceNamingALocalFileIsRefused(@TempDir Path dir) throws IOException {
        String file = localTurtleFile(dir);
        HttpResponse<String> response = http.get("/sparql?query=" + encode("SELECT * WHERE { SERVICE <" + file + "> { ?s ?p ?o } }"),
                                                  "Accept", "text/csv");
        assertEquals(422, response.statusCode());
        assertEquals("SERVICE <" + file + "> is not allowed: this server calls no remote SPARQL endpoints\n", response.body());
    }

    /** The root is the home page, which only reads: an update posted there is refused like one sent to /sparql. */
    @Test
    void updatePostedToTheHomePageIsRefused() {
        assertEquals(403, http.onOwnConnection().post("/", "application/sparql-update", "CLEAR ALL").statusCode());
        assertStoreUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/$/datasets", "/$/server", "/$/stats", "/$/metrics", "/$/compact/sparql", "/$/backup/sparql", "/$/tasks"})
    void adminEndpointsAreNotServed(String path) {
        assertEquals(404, http.get(path).statusCode());
        assertEquals(404, http.post(path, "application/x-www-form-urlencoded", "").statusCode());
    }

    @Test
    void pingAnswers() {
        HttpResponse<String> response = http.get("/$/ping");
        assertEquals(200, response.statusCode());
    }

    @Test
    void corsHeaderIsPresent() {
        HttpResponse<String> response = http.get("/sparql?query=" + encode(COUNT), "Origin", NOTEBOOK);
        assertEquals(200, response.statusCode());
        assertEquals(NOTEBOOK, response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void corsPreflightIsAnswered() {
        HttpResponse<String> response = http.send("OPTIONS", "/sparql", "text/plain", "",
                "Origin", NOTEBOOK,
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "Content-Type");
        assertEquals(200, response.statusCode());
        assertEquals(NOTEBOOK, response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"), response.headers().toString());
    }

    /** Reads only, and no credentials: Fuseki's filter allowed every origin PUT and DELETE with credentials. */
    @Test
    void corsAllowsNoCredentialsAndNoWrites() {
        HttpResponse<String> simple = http.get("/sparql?query=" + encode(COUNT), "Origin", NOTEBOOK);
        assertTrue(simple.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), simple.headers().toString());
        HttpResponse<String> preflight = http.send("OPTIONS", "/sparql", "text/plain", "",
                "Origin", NOTEBOOK,
                "Access-Control-Request-Method", "DELETE",
                "Access-Control-Request-Headers", "Authorization");
        // Jetty answers the preflight with what it allows; the browser then refuses the DELETE and the header itself.
        assertEquals(java.util.Set.of("GET", "POST", "HEAD"), java.util.Set.of(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").split(",")));
        assertEquals(java.util.Set.of("Accept", "Content-Type", "Accept-Language"),
                     java.util.Set.of(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").split(",")));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), preflight.headers().toString());
    }

    @Test
    void responseBufferIs32KiB() {
        ServerConnector connector = (ServerConnector) server.jetty().getConnectors()[0];
        assertEquals(32 * 1024, connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().getOutputBufferSize());
    }

    @Test
    void serverListensOnTheBindAddressOnly() {
        ServerConnector connector = (ServerConnector) server.jetty().getConnectors()[0];
        assertEquals("127.0.0.1", connector.getHost());
    }

    /** Every quad, in the default graph and the named ones, read from the store itself rather than through the endpoint. */
    private static void assertStoreUnchanged() {
        Txn.executeRead(dataset, () -> {
            assertEquals(22, Iter.count(dataset.find()));
            assertEquals(List.of(NodeFactory.createURI(RESOLUTION)), Iter.toList(dataset.listGraphNodes()));
            assertEquals(22, dataset.getGraph(NodeFactory.createURI(RESOLUTION)).size());
        });
    }

    /** A real file on this machine, in a format Jena reads, holding one statement that the store does not have. */
    private static String localTurtleFile(Path dir) throws IOException {
        Path file = dir.resolve("local.ttl");
        Files.writeString(file, "<https://example.org/local> <https://example.org/p> \"read from a local file\" .\n");
        return file.toUri().toString();
    }

    /** The count query after a comment that brings it to the given size: a large query that is still valid SPARQL. */
    private static String paddedQuery(int bytes) {
        return "#" + "x".repeat(bytes - COUNT.length() - 2) + "\n" + COUNT;
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse(null);
    }
}
