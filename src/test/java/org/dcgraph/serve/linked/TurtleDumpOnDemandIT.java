package org.dcgraph.serve.linked;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.pipeline.Progress;
import org.dcgraph.store.Dumps;
import org.dcgraph.store.Store;
import org.dcgraph.store.StoreBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Turtle dump route when the dump is not written yet (issue 19): the server writes it on the first request,
 * which is told to come back (503, Retry-After) when the writing outlasts its wait, and serves the file once written.
 */
class TurtleDumpOnDemandIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dumps;

    @Test
    void firstRequestStartsTheWriterAndIsToldToComeBackThenTheFileIsServed() throws Exception {
        try (Store store = Store.inMemory()) {
            new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, Fixtures.bundledCorpus().subList(0, 2), false);
            Dumps.refresh(store.dataset(), dumps, store.generation(), Progress.NONE);
            Path file = dumps.resolve(store.generation()).resolve(Dumps.TURTLE);
            assertFalse(Files.exists(file), "a build writes no Turtle dump");
            // No wait at all: the request finds the dump being written.
            FusekiServer server = FusekiServer.create().port(0).loopback(true)
                    .addServlet("/dumps/*", new DumpServlet(dumps, store.dataset(), Duration.ZERO)).build().start();
            try {
                String url = "http://localhost:" + server.getHttpPort() + "/dumps/" + Dumps.TURTLE;
                HttpResponse<String> first = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, first.statusCode(), first.body());
                assertEquals(String.valueOf(DumpServlet.TURTLE_RETRY_AFTER_SECONDS), first.headers().firstValue("Retry-After").orElseThrow());
                assertTrue(first.body().contains("being written"), first.body());

                HttpResponse<byte[]> served = null;
                for (long end = System.nanoTime() + Duration.ofSeconds(60).toNanos(); System.nanoTime() < end; Thread.sleep(100)) {
                    served = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (served.statusCode() != 503) break;
                }
                assertEquals(200, served.statusCode());
                assertArrayEquals(Files.readAllBytes(file), served.body(), "the file the writer left");
                FileTime written = Files.getLastModifiedTime(file);
                HttpResponse<byte[]> again = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, again.statusCode());
                assertArrayEquals(served.body(), again.body());
                assertEquals(written, Files.getLastModifiedTime(file), "read, not written again");
            } finally {
                server.stop();
            }
        }
    }
}
