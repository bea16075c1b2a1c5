package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
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
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dcgraph.store.Dumps;
import org.dcgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, point 8: dumps that disagree with the store. A store whose dumps are those of an earlier content (what a
 * kill just after a commit left under the earlier layout: the store new, {@code dcgraph.nq.gz} old) was served as it
 * was by {@code serve --no-build}, {@code query} and {@code export}, and VoID advertised the old dump. Now each
 * opening writes the dumps of the store's own generation, and the server offers no other.
 */
class StaleDumpsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    /** A store of one document whose dumps folder holds an earlier content's dump, in the earlier single-folder layout. */
    private Path storeWithStaleDumps() throws IOException {
        Path store = dir.resolve("store");
        StoreFiles.buildFromOneDocument(dir.resolve("corpus"), store);
        Path dumps = store.resolve("dumps");
        try (Stream<Path> entries = Files.list(dumps)) {
            for (Path e : entries.toList()) StoreFiles.delete(e);
        }
        Files.write(dumps.resolve(Dumps.NQUADS), gzip("<urn:old> <urn:was> <urn:here> <urn:g> .\n"));
        Files.writeString(dumps.resolve("generation"), "an-earlier-generation");
        return store;
    }

    @Test
    void serveNoBuildWritesTheDumpsOfTheStoreItServesAndAdvertisesOnlyThose() throws Exception {
        Path store = storeWithStaleDumps();
        ServeCommand.Running running = ServeCommand.start(List.of("--no-build", "--store", store.toString(), "--port", "0", "--bind", "127.0.0.1"),
                new PrintStream(OutputStream.nullOutputStream()));
        try {
            String origin = "http://127.0.0.1:" + running.server().port();
            HttpResponse<byte[]> dump = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/dumps/" + Dumps.NQUADS)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, dump.statusCode());
            assertEquals(running.store().quadCount(), nquads(dump.body()), "the dump served holds the store's quads");
            assertTrue(voidOf(origin).contains("void:dataDump"), "VoID names the dumps of the content served");

            // The dumps of the content served go missing: they are neither offered nor advertised.
            StoreFiles.delete(Dumps.current(Dumps.folderOf(running.store()), running.store().generation()).orElseThrow());
            HttpResponse<String> gone = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/dumps/" + Dumps.NQUADS)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, gone.statusCode());
            assertTrue(gone.body().endsWith("and those of the content now served are not written\n"), gone.body());
            assertFalse(voidOf(origin).contains("void:dataDump"), "VoID advertises no dump of another content");
        } finally {
            running.stop();
        }
        try (Stream<Path> left = Files.list(store.resolve("dumps"))) {
            assertEquals(List.of(), left.toList(), "the earlier content's dump is gone");
        }
    }

    @Test
    void queryAndExportWriteTheDumpsOfTheStoreAtOpening() throws Exception {
        Path store = storeWithStaleDumps();
        for (List<String> command : List.of(List.of("query", "documents", "--store", store.toString()), List.of("export", "--store", store.toString()))) {
            try (Stream<Path> entries = Files.list(store.resolve("dumps"))) {
                for (Path e : entries.toList()) StoreFiles.delete(e);
            }
            Files.write(store.resolve("dumps").resolve(Dumps.NQUADS), gzip("<urn:old> <urn:was> <urn:here> <urn:g> .\n"));
            assertEquals(0, Main.run(command, new PrintStream(OutputStream.nullOutputStream()), System.err));
            try (Store opened = Store.open(store)) {
                Path current = Dumps.current(Dumps.folderOf(opened), opened.generation()).orElseThrow();
                assertEquals(opened.quadCount(), nquads(Files.readAllBytes(current.resolve(Dumps.NQUADS))), command.get(0));
                try (Stream<Path> entries = Files.list(Dumps.folderOf(opened))) {
                    assertEquals(List.of(current), entries.toList(), command.get(0));
                }
            }
        }
    }

    private static String voidOf(String origin) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/.well-known/void")).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static long nquads(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        }
    }

    private static byte[] gzip(String text) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
