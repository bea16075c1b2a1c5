package org.dcgraph.serve;

import static org.dcgraph.serve.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

    @ParameterizedTest
    @ValueSource(strings = {"/sparql/update", "/sparql/data", "/ds/sparql"})
    void noOtherDatasetRouteIsServed(String path) {
        assertEquals(404, http.onOwnConnection().post(path, "application/sparql-update", "CLEAR ALL").statusCode());
        assertStoreUnchanged();
    }

    /** The root is the home page, which only reads: an update posted there is refused as a method it does not take. */
    @Test
    void updatePostedToTheHomePageIsRefused() {
        assertEquals(405, http.onOwnConnection().post("/", "application/sparql-update", "CLEAR ALL").statusCode());
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

    private static void assertStoreUnchanged() {
        HttpResponse<String> response = http.get("/sparql?query=" + encode(COUNT), "Accept", "text/csv");
        assertEquals("n\r\n22\r\n", response.body());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse(null);
    }
}
