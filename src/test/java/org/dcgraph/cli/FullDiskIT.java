package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.NamedBytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack of issue 17, point 10, on a real full file system: a store of one document on a 10 MB tmpfs, then a
 * build of 43 files over it. The build failed with {@code java.lang.InternalError: a fault occurred in a recent
 * unsafe memory access} and a stack trace (TDB2 writing into a memory-mapped file with no block left); now it ends
 * with one line naming the store and the full disk, the store keeps its document, and an ingest there, by the
 * command line or the admin route, is refused the same way (507 on the route, never 500). Mounting a tmpfs needs
 * root: elsewhere the test is skipped, and {@code StoreFullExceptionTest} checks the naming of the real errors.
 * The commands run in JVMs of their own: a fault in a mapped file is not something to provoke in the test's JVM.
 */
class FullDiskIT {
    private static final Pattern ADMIN = Pattern.compile("admin route: POST http://127\\.0\\.0\\.1:(\\d+)/admin/ingest.*");

    @TempDir
    Path dir;
    private Path disk;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = Files.createDirectory(dir.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=10m", "tmpfs", disk.toString()) == 0, "cannot mount a tmpfs here (not root?)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) run("umount", "-l", disk.toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    @Test
    void fullDiskIsNamedAndTheStoreKeepsItsContent() throws Exception {
        Path store = disk.resolve("store");
        StoreFiles.buildFromOneDocument(dir.resolve("small-corpus"), store);
        String before = documents(store);
        assertEquals(1, before.lines().filter(l -> l.contains(",A/RES/78/311,")).count(), before);

        try (KilledCommand build = KilledCommand.start(dir.resolve("build.log"), List.of("build", "--corpus", corpus().toString(), "--store", store.toString()))) {
            assertEquals(1, build.exitStatus(), build.output());
            String output = build.output();
            assertTrue(output.contains("dcgraph: no space left on the disk holding the store " + store
                    + ": the write stopped and the store keeps the content it had (free space, then run it again)"), output);
            assertFalse(output.contains("InternalError") || output.contains("\tat "), output);
        }
        assertEquals(before, documents(store));

        Path english = Files.write(dir.resolve("res-78-311-en.txt"), Fixtures.bytes(Fixtures.RES_78_311_EN));
        fill(disk);
        try (KilledCommand ingest = KilledCommand.start(dir.resolve("ingest.log"), List.of("ingest", english.toString(), "--store", store.toString()))) {
            assertEquals(1, ingest.exitStatus(), ingest.output());
            assertTrue(ingest.output().contains("dcgraph: no space left on the disk holding the store " + store), ingest.output());
        }
        assertEquals(before, documents(store));

        try (KilledCommand serve = KilledCommand.start(dir.resolve("serve.log"),
                List.of("serve", "--no-build", "--store", store.toString(), "--port", "0", "--bind", "127.0.0.1", "--admin-port", "0"))) {
            serve.await("the admin route", () -> serve.printed("admin route: "));
            Matcher port = ADMIN.matcher(serve.output().lines().filter(l -> l.startsWith("admin route: ")).findFirst().orElseThrow());
            assertTrue(port.matches(), serve.output());
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.group(1) + "/admin/ingest?name=res-78-311-en.txt"))
                    .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofFile(english)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(507, r.statusCode(), r.body());
            assertEquals("res-78-311-en.txt: no space left on the disk holding the store " + store
                    + ": the write stopped and the store keeps the content it had (free space, then run it again)\n", r.body());
        }
        assertEquals(before, documents(store));
    }

    /** The documents query's answer over the store, from a JVM of its own. */
    private String documents(Path store) throws Exception {
        try (KilledCommand query = KilledCommand.start(dir.resolve("query.log"), List.of("query", "documents", "--store", store.toString()))) {
            assertEquals(0, query.exitStatus(), query.output());
            return query.output().lines().filter(l -> l.startsWith("http")).sorted().toList().toString();
        }
    }

    /** Takes what space is left, so that the next write finds none. */
    private static void fill(Path disk) throws IOException {
        byte[] block = new byte[1 << 16];
        try (var out = Files.newOutputStream(disk.resolve("filler"))) {
            while (true) out.write(block);
        } catch (IOException e) {
            if (!"No space left on device".equals(e.getMessage())) throw e;
        }
    }

    private Path corpus() throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        for (NamedBytes f : Fixtures.bundledCorpus()) Files.write(corpus.resolve(Path.of(f.name()).getFileName()), f.bytes());
        for (String folder : List.of("src/test/resources/akn", "src/test/resources/corpus-extra")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        return corpus;
    }
}
