package org.dcgraph.serve;

import static org.dcgraph.serve.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamedQueryRouteTest {
    private static final String SYMBOL = "symbol=" + encode("A/RES/78/311");
    private static final String DOC = "https://w3id.org/dcgraph/id/doc/A/RES/78/311";
    private static final String OP_2_TEXT = "Calls upon the international community to provide and promote a fair, open, inclusive and non-discriminatory business environment;";
    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    void catalogueIsListedAsJson() throws Exception {
        HttpResponse<String> response = http.get("/queries");
        assertEquals(200, response.statusCode());
        assertEquals("application/json;charset=utf-8", contentType(response));
        JsonNode catalogue = JSON.readTree(response.body());
        assertEquals(2, catalogue.size());
        JsonNode paragraph = catalogue.get(0);
        assertEquals("paragraph", paragraph.get("name").asText());
        assertEquals("One operative paragraph", paragraph.get("title").asText());
        assertEquals("the text of the operative paragraph with the given number in the document with the given symbol",
                     paragraph.get("answers").asText());
        assertEquals(List.of("paragraph", "text"), JSON.convertValue(paragraph.get("columns"), List.class));
        JsonNode number = paragraph.get("params").get(1);
        assertEquals("number", number.get("name").asText());
        assertEquals("xsd:integer", number.get("datatype").asText());
        assertEquals(true, number.get("required").asBoolean());
        assertEquals("The paragraph's printed number", number.get("description").asText());
        assertEquals("paragraphs", catalogue.get(1).get("name").asText());
    }

    @Test
    void namedQueryAnswersEveryRowInOrder() throws Exception {
        HttpResponse<String> response = http.get("/queries/paragraphs?" + SYMBOL);
        assertEquals(200, response.statusCode());
        assertEquals("application/sparql-results+json;charset=utf-8", contentType(response));
        JsonNode rows = JSON.readTree(response.body()).at("/results/bindings");
        assertEquals(List.of(DOC + "/pp/1", DOC + "/op/1", DOC + "/op/2"), values(rows, "paragraph"));
        assertEquals(List.of("preambular", "operative", "operative"), values(rows, "kind"));
        assertEquals(List.of("Reaffirming", "Encourages", "Calls upon"), values(rows, "verb"));
    }

    @Test
    void namedQueryBindsParameterAsTypedLiteral() throws Exception {
        // Bound as the string "2", the parameter would match no stored integer and the answer would be empty.
        HttpResponse<String> response = http.get("/queries/paragraph?number=2&" + SYMBOL);
        assertEquals(200, response.statusCode());
        JsonNode rows = JSON.readTree(response.body()).at("/results/bindings");
        assertEquals(List.of(DOC + "/op/2"), values(rows, "paragraph"));
        assertEquals(List.of(OP_2_TEXT), values(rows, "text"));
    }

    @Test
    void unboundOptionalParameterLeavesItsVariableUnbound() throws Exception {
        assertEquals(3, rowCount(http.get("/queries/paragraphs?" + SYMBOL)));
        assertEquals(3, rowCount(http.get("/queries/paragraphs?lang=en&" + SYMBOL)));
        assertEquals(0, rowCount(http.get("/queries/paragraphs?lang=fr&" + SYMBOL)));
    }

    @Test
    void parameterValueCannotChangeTheQuery() throws Exception {
        String injection = encode("A/RES/78/311\" } UNION { ?paragraph ?p ?text } FILTER(\"\"=\"");
        HttpResponse<String> response = http.get("/queries/paragraphs?symbol=" + injection);
        assertEquals(200, response.statusCode());
        assertEquals(0, rowCount(response));
    }

    @Test
    void unknownNamedQueryGives404() {
        HttpResponse<String> response = http.get("/queries/sponsers");
        assertEquals(404, response.statusCode());
        assertEquals("text/plain;charset=utf-8", contentType(response));
        assertEquals("no named query 'sponsers'\n", response.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/queries/paragraph?number=2                     | query 'paragraph', parameter 'symbol': required, of type xsd:string",
            "/queries/paragraph?number=abc&symbol=A          | query 'paragraph', parameter 'number': 'abc' is not a valid xsd:integer",
            "/queries/paragraph?number=2&symbol=A&lang=en    | query 'paragraph', parameter 'lang': not a parameter of this query (it takes symbol, number)",
            "/queries/paragraph?number=2&number=3&symbol=A   | query 'paragraph', parameter 'number': given 2 times; give it once",
            "/queries/paragraph?number=2&symbol=A&format=pdf | query 'paragraph', parameter 'format': 'pdf' is not one of json, xml, csv, tsv",
    })
    void badParameterGives400NamingQueryAndParameter(String path, String message) {
        HttpResponse<String> response = http.get(path);
        assertEquals(400, response.statusCode());
        assertEquals(message + "\n", response.body());
    }

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+json, application/sparql-results+json;charset=utf-8",
            "application/json,                application/sparql-results+json;charset=utf-8",
            "application/sparql-results+xml,  application/sparql-results+xml;charset=utf-8",
            "text/csv,                        text/csv;charset=utf-8",
            "text/tab-separated-values,       text/tab-separated-values;charset=utf-8",
            "'text/html, */*;q=0.1',          application/sparql-results+json;charset=utf-8",
            "image/png,                       application/sparql-results+json;charset=utf-8",
    })
    void acceptHeaderChoosesTheResultFormat(String accept, String expectedType) {
        HttpResponse<String> response = http.get("/queries/paragraph?number=2&" + SYMBOL, "Accept", accept);
        assertEquals(200, response.statusCode());
        assertEquals(expectedType, contentType(response));
    }

    @Test
    void formatParameterOverridesAccept() {
        HttpResponse<String> response = http.get("/queries/paragraph?format=csv&number=2&" + SYMBOL, "Accept", "application/sparql-results+xml");
        assertEquals(200, response.statusCode());
        assertEquals("text/csv;charset=utf-8", contentType(response));
        assertEquals("paragraph,text\r\n" + DOC + "/op/2,\"" + OP_2_TEXT + "\"\r\n", response.body());
    }

    @Test
    void tsvResultsWriteTermsInSparqlSyntax() {
        HttpResponse<String> response = http.get("/queries/paragraph?format=tsv&number=2&" + SYMBOL);
        assertEquals("?paragraph\t?text\n<" + DOC + "/op/2>\t\"" + OP_2_TEXT + "\"@en\n", response.body());
    }

    private static int rowCount(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).at("/results/bindings").size();
    }

    private static List<String> values(JsonNode rows, String variable) {
        return java.util.stream.StreamSupport.stream(rows.spliterator(), false).map(row -> row.get(variable).get("value").asText()).toList();
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse(null);
    }
}
