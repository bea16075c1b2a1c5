package org.dcgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL while its admin route ingests a document leaves the store as it was: the document,
 * the Arabic Akoma Ntoso file of A/RES/78/132 (58 operative paragraphs), is posted to a {@code serve} in a child
 * JVM, which is killed once the ingest has begun writing the store and before it answers.
 */
class KilledServerIT {
    private static final Pattern ADMIN = Pattern.compile("admin route: POST http://127\\.0\\.0\\.1:(\\d+)/admin/ingest.*", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void storeKeepsItsPreviousContentWhenTheServerIsKilledDuringAnAdminIngest() throws Exception {
        Path corpus = dir.resolve("corpus");
        Path store = dir.resolve("store");
        StoreFiles.buildFromOneDocument(corpus, store);
        StoreContent before = StoreContent.of(store);

        try (KilledCommand serve = KilledCommand.start(dir.resolve("serve.log"), List.of("serve", "--corpus", corpus.toString(),
                "--store", store.toString(), "--port", "0", "--bind", "127.0.0.1", "--admin-port", "0"))) {
            serve.await("the admin route listening", () -> serve.printed("admin route: "));
            Matcher admin = ADMIN.matcher(serve.output().substring(serve.output().indexOf("admin route: ")));
            assertTrue(admin.matches(), serve.output());
            Map<Path, Long> idle = StoreFiles.sizes(store);
            CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.group(1) + "/admin/ingest?name=res-78-132-ar.xml"))
                            .header("Content-Type", "application/octet-stream")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.bytes(Fixtures.AKN_78_132_AR))).build(),
                    HttpResponse.BodyHandlers.ofString());
            serve.killWhen("the ingest writing the store", () -> !StoreFiles.sizes(store).equals(idle) && !StoreFiles.committing(store));
            // No answer came: the kill landed while the ingest was in flight.
            assertThrows(ExecutionException.class, () -> answer.get(1, TimeUnit.MINUTES));
        }
        assertEquals(before, StoreContent.of(store));
    }
}
