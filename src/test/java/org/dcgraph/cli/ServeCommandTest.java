package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Path storeBuiltFromOneResolution() throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Path store = dir.resolve("store");
        Files.write(corpus.resolve("a.txt"), Fixtures.bytes(Fixtures.RES_78_311_AR));
        assertEquals(0, Main.run(List.of("build", "--corpus", corpus.toString(), "--store", store.toString()),
                new PrintStream(OutputStream.nullOutputStream()), System.err));
        return store;
    }

    private static String documents(int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/queries/documents?format=csv")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void noBuildServesAStoreBuiltFromAnotherCorpusAsItIs() throws Exception {
        Path store = storeBuiltFromOneResolution();
        ServeCommand.Running running = ServeCommand.start(List.of("--store", store.toString(), "--port", "0", "--no-build"),
                new PrintStream(OutputStream.nullOutputStream()));
        try {
            List<String> rows = documents(running.server().port()).lines().skip(1).toList();
            assertEquals(1, rows.size(), rows.toString());
            assertTrue(rows.get(0).contains("A/RES/78/311"), rows.get(0));
        } finally {
            running.stop();
        }
    }

    @Test
    void noBuildRefusesAFolderThatHoldsNoStore() {
        assertEquals(2, run("serve", "--store", dir.resolve("missing").toString(), "--no-build"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("dcgraph: --no-build needs a built store, and "
                + dir.resolve("missing") + " is not a folder"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noBuildRefusesAStoreThatHoldsNoBuild() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertEquals(2, run("serve", "--store", empty.toString(), "--no-build"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("dcgraph: --no-build needs a built store, and "
                + empty + " holds no build: build it first"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noBuildTakesNoCorpus() throws IOException {
        Path store = storeBuiltFromOneResolution();
        assertEquals(2, run("serve", "--store", store.toString(), "--no-build", "--corpus", dir.resolve("corpus").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("dcgraph: --no-build serves the store as it is and takes no --corpus"),
                err.toString(StandardCharsets.UTF_8));
    }
}
