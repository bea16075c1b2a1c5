package org.dcgraph.serve.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.store.StoreBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 16: answers a client may keep, with a validator tied to the store's generation, and 304 when it holds them. */
class RevalidationTest {
    @TempDir
    static Path work;
    private static BundledGraph graph;

    @BeforeAll
    static void start() throws IOException {
        graph = new BundledGraph(Files.createDirectory(work.resolve("dumps")));
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    private static String tag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response.headers()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/page/doc/A/RES/78/311", "/.well-known/void", "/queries/sponsors?symbol=A/RES/78/311&format=csv",
                            "/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%201"})
    void anAnswerTheClientHoldsIsNotSentAgain(String path) {
        HttpResponse<String> first = graph.get(path);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(tag(first).matches("W/\"[0-9a-f]{24}\""), tag(first));
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<String> again = graph.get(path, "If-None-Match", tag(first));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(tag(first), tag(again));
    }

    @Test
    void eachRepresentationHasItsOwnTag() {
        String turtle = tag(graph.get("/data/doc/A/RES/78/311.ttl"));
        String html = tag(graph.get("/page/doc/A/RES/78/311"));
        String negotiatedTurtle = tag(graph.get("/id/doc/A/RES/78/311", "Accept", "text/turtle"));
        String negotiatedJson = tag(graph.get("/id/doc/A/RES/78/311", "Accept", "application/ld+json"));
        assertNotEquals(turtle, html);
        assertNotEquals(negotiatedTurtle, negotiatedJson);
        assertNotEquals(304, graph.get("/id/doc/A/RES/78/311", "Accept", "application/ld+json", "If-None-Match", negotiatedTurtle).statusCode(),
                        "a tag of another representation does not match");
    }

    @Test
    void theCompressedVariantOfATagMatchesToo() {
        String tag = tag(graph.get("/page/doc/A/RES/78/311"));
        String gzipVariant = tag.substring(0, tag.length() - 1) + "--gzip\"";
        assertEquals(304, graph.get("/page/doc/A/RES/78/311", "If-None-Match", gzipVariant).statusCode());
        assertEquals(304, graph.get("/page/doc/A/RES/78/311", "If-None-Match", "W/\"0123\", " + tag).statusCode());
        assertEquals(200, graph.get("/page/doc/A/RES/78/311", "If-None-Match", "W/\"0123\"").statusCode());
    }

    @Test
    void aNewBuildOfTheStoreChangesEveryTag() {
        String before = tag(graph.get("/page/doc/A/RES/78/311"));
        new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(graph.store, Fixtures.bundledCorpus(), true);
        HttpResponse<String> after = graph.get("/page/doc/A/RES/78/311", "If-None-Match", before);
        assertEquals(200, after.statusCode());
        assertNotEquals(before, tag(after));
    }

    @Test
    void pingAndTheDumpsAreLeftToTheirOwnHeaders() {
        assertTrue(graph.get("/$/ping").headers().firstValue("ETag").isEmpty());
    }
}
