package org.dcgraph.serve.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.serve.DcgraphServer;
import org.dcgraph.serve.ServerSettings;
import org.dcgraph.store.Store;
import org.dcgraph.store.StoreBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft and its resolution in one language: the resolution's page marks, word by word, what the Assembly changed. */
class DraftChangesIT {
    @TempDir
    static Path dir;
    private static Store store;
    private static DcgraphServer server;

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("store"));
        new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store,
                List.of(Fixtures.file(Fixtures.DRAFT_L86_EN), Fixtures.file(Fixtures.RES_78_311_EN)), true);
        server = DcgraphServer.start(store.dataset(),
                ServerSettings.defaults(QueryCatalogue.fromDirectory(Path.of("queries"))).withPort(0).withBindAddress("127.0.0.1"),
                new Site(Fixtures.REFERENCE.base(), null));
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static Element changes(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        return Jsoup.parse(r.body()).selectFirst("section#draft-changes");
    }

    @Test
    void aResolutionAdoptedAsDraftedShowsNoChangeEvenWhereItsTypographyWasEdited() throws Exception {
        // the edited resolution sets "pre‑design", "countries’" and "stages:" where the draft typed "pre-design",
        // "countries'" and "stages :": the same words
        Element changes = changes("/page/doc/A/RES/78/311");
        assertEquals("Changes from the draft A/78/L.86", changes.selectFirst("h2").text());
        assertEquals("30 paragraphs kept as they were; 0 changed, added or dropped.", changes.selectFirst("p").text());
        assertTrue(changes.select("table.changes").isEmpty());
    }
}
