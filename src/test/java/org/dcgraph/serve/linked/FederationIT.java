package org.dcgraph.serve.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Federation in both directions. A second SPARQL engine (a plain Fuseki with data of its own, on another port)
 * joins its data with ours through SERVICE; our endpoint refuses to call out to an endpoint it was not allowed.
 */
class FederationIT {
    /** What the other engine knows: which UN symbols its users follow, keyed by the symbol as Wikidata's P3069 gives it. */
    private static final String OTHER_DATA = """
            PREFIX ex: <https://example.org/watchlist/>
            ex:item1 ex:unSymbol "A/RES/78/311" ; ex:note "AI capacity-building" .
            ex:item2 ex:unSymbol "A/RES/78/132" ; ex:note "ICT for development" .
            ex:item3 ex:unSymbol "A/RES/99/1" ; ex:note "not in dcgraph" .
            """;

    @TempDir
    static Path dumps;
    private static BundledGraph graph;
    private static FusekiServer other;

    @BeforeAll
    static void start() {
        graph = new BundledGraph(dumps);
        DatasetGraph otherData = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(OTHER_DATA, Lang.TURTLE).parse(otherData);
        other = FusekiServer.create().port(0).loopback(true).add("/other", otherData).build().start();
    }

    @AfterAll
    static void stop() {
        other.stop();
        graph.close();
    }

    @Test
    void federated_join_from_second_engine() {
        String query = """
                PREFIX ex:  <https://example.org/watchlist/>
                PREFIX dcg: <https://w3id.org/dcgraph/ontology#>
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                SELECT ?note ?document ?date WHERE {
                  ?item ex:unSymbol ?symbol ; ex:note ?note .
                  SERVICE <%s/sparql> { ?document dcg:symbol ?symbol ; dcg:adoptedOn ?date }
                }
                ORDER BY ?date
                """.formatted(graph.origin());
        try (RDFConnection connection = RDFConnection.connect("http://127.0.0.1:" + other.getPort() + "/other")) {
            List<String> rows = new ArrayList<>();
            connection.querySelect(query, solution -> rows.add(row(solution)));
            assertEquals(List.of(
                    "ICT for development | https://w3id.org/dcgraph/id/doc/A/RES/78/132 | 2023-12-19",
                    "AI capacity-building | https://w3id.org/dcgraph/id/doc/A/RES/78/311 | 2024-07-01"), rows);
        }
    }

    private static String row(QuerySolution s) {
        return s.getLiteral("note").getString() + " | " + s.getResource("document").getURI() + " | " + s.getLiteral("date").getLexicalForm();
    }

    @Test
    void service_to_unlisted_endpoint_is_refused() {
        String query = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + other.getPort() + "/other> { ?s ?p ?o } }";
        HttpResponse<String> r = graph.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("SERVICE <http://127.0.0.1:" + other.getPort() + "/other> is not allowed: this server calls no remote SPARQL endpoints\n", r.body());
    }
}
