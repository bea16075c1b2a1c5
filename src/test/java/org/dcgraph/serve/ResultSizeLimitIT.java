package org.dcgraph.serve;

import static org.dcgraph.serve.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.dcgraph.serve.linked.BundledGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cap on the size of an answer, over the bundled corpus: an answer within it comes whole, one past it is refused
 * whole with 422 and a message, never cut short. The cap is 50 here, between the sizes of real answers.
 */
class ResultSizeLimitIT {
    private static final int CAP = 50;
    private static final String PREFIX = "PREFIX dcg: <https://w3id.org/dcgraph/ontology#> ";
    /** 90 operative paragraphs in the bundled corpus (ServedGraphIT counts them). */
    private static final String OPERATIVE = PREFIX + "SELECT ?p WHERE { ?p a dcg:OperativeParagraph }";

    @TempDir
    static Path dumps;
    private static BundledGraph graph;

    @BeforeAll
    static void start() {
        graph = new BundledGraph(dumps, settings -> settings.withMaxResults(CAP));
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    /** Issue 17, point 7: the attack as it was run, which gave 500 "Java heap space" at 2 GB. */
    @Test
    void runawayGroupConcatIsRefusedWhole() {
        HttpResponse<String> response = graph.get("/sparql?query=" + encode("SELECT (GROUP_CONCAT(STR(?o)) AS ?x) { ?a ?b ?c . ?s ?p ?o }"));
        assertEquals(422, response.statusCode());
        assertEquals("The query's GROUP_CONCAT would build more than 10000000 characters, the most this server builds"
                     + " for one query: group by more, or concatenate fewer or shorter values\n", response.body());
    }

    @Test
    void namedQueryWithinTheCapAnswersWhole() {
        HttpResponse<String> response = graph.get("/queries/sponsors?symbol=A/RES/78/311&format=csv");
        assertEquals(200, response.statusCode());
        assertEquals(1 + 28, response.body().lines().count());
    }

    @Test
    void namedQueryOverTheCapIsRefusedWhole() {
        HttpResponse<String> response = graph.get("/queries/paragraphs?symbol=A/RES/78/132&format=csv");
        assertEquals(422, response.statusCode());
        assertEquals("query 'paragraphs' has more than 50 rows, the most this server gives in one answer: "
                     + "page through it with offset= and limit=\n", response.body());
    }

    @Test
    void namedQueryOverTheCapIsReadPageByPage() {
        String all = "/queries/paragraphs?symbol=A/RES/78/132&format=csv";
        HttpResponse<String> first = graph.get(all + "&limit=50");
        HttpResponse<String> second = graph.get(all + "&offset=50&limit=50");
        HttpResponse<String> third = graph.get(all + "&offset=100&limit=50");
        assertEquals(List.of(200, 200, 200), List.of(first.statusCode(), second.statusCode(), third.statusCode()));
        assertEquals(List.of(1 + 50L, 1 + 50L, 1 + 15L),
                     List.of(first.body().lines().count(), second.body().lines().count(), third.body().lines().count()));
        // in the query's order: the second page starts at the 51st preambular paragraph
        assertEquals("https://w3id.org/dcgraph/id/doc/A/RES/78/132/pp/51", second.body().lines().skip(1).findFirst().orElseThrow().split(",")[0]);
    }

    @Test
    void namedQueryPageWithANegativeLimitIsRefusedNamingIt() {
        HttpResponse<String> response = graph.get("/queries/sponsors?symbol=A/RES/78/311&limit=-1");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("'-1' is not a whole number of at least 0"), response.body());
    }

    @Test
    void selectOverTheCapIsRefusedWhole() {
        HttpResponse<String> response = graph.get("/sparql?query=" + encode(OPERATIVE), "Accept", "text/csv");
        assertEquals(422, response.statusCode());
        assertEquals("the answer has more than 50 rows, the most this server gives in one answer: "
                     + "narrow the query, or page through the answer with LIMIT and OFFSET\n", response.body());
    }

    @Test
    void selectPagedWithLimitAndOffsetIsAnswered() {
        HttpResponse<String> first = graph.get("/sparql?query=" + encode(OPERATIVE + " ORDER BY ?p LIMIT 50"), "Accept", "text/csv");
        HttpResponse<String> rest = graph.get("/sparql?query=" + encode(OPERATIVE + " ORDER BY ?p OFFSET 50 LIMIT 50"), "Accept", "text/csv");
        assertEquals(200, first.statusCode());
        assertEquals(1 + 50, first.body().lines().count());
        assertEquals(1 + 40, rest.body().lines().count());
    }

    @Test
    void constructOverTheCapIsRefusedWhole() {
        HttpResponse<String> response = graph.get("/sparql?query=" + encode(PREFIX + "CONSTRUCT WHERE { ?p a dcg:OperativeParagraph }"),
                                                  "Accept", "text/turtle");
        assertEquals(422, response.statusCode());
        assertTrue(response.body().startsWith("the answer has more than 50 statements"), response.body());
    }

    /** A cross product reaches the cap long before the time limit: it is refused at its 51st row. */
    @Test
    void crossProductIsRefusedAtTheCap() {
        HttpResponse<String> response = graph.get("/sparql?query=" + encode("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), "Accept", "text/csv");
        assertEquals(422, response.statusCode());
        assertTrue(response.body().startsWith("the answer has more than 50 rows"), response.body());
    }
}
