package org.dcgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.store.Store;
import org.dcgraph.store.StoreBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The named query search served over HTTP from a store with its full-text index. */
class SearchRouteIT {
    private static Store store;
    private static DcgraphServer server;

    @BeforeAll
    static void start() {
        store = Store.inMemory();
        new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, List.of(Fixtures.file(Fixtures.RES_78_311_AR), Fixtures.file(Fixtures.DRAFT_L86_EN)), true);
        server = DcgraphServer.start(store.dataset(),
                ServerSettings.defaults(QueryCatalogue.fromDirectory(Path.of("queries"))).withPort(0).withBindAddress("127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void arabicSearchAnswersWithTheParagraphItsDocumentAScoreAndASnippet() {
        HttpResponse<String> r = new Http(server).get("/queries/search?q=" + Http.encode("القدرات") + "&lang=ar&symbol=" + Http.encode("A/RES/78/311") + "&format=csv");
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        assertEquals("paragraph,document,score,snippet", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("https://w3id.org/dcgraph/id/doc/A/RES/78/311/op/3,https://w3id.org/dcgraph/id/doc/A/RES/78/311,")
                && l.contains("⟦قدرات⟧")), r.body());
    }

    @Test
    void englishPhraseSearchFindsTheDraftsParagraph() {
        HttpResponse<String> r = new Http(server).get("/queries/search?q=" + Http.encode("\"capacity-building\"") + "&lang=en&format=csv");
        assertTrue(r.body().lines().anyMatch(l -> l.startsWith("https://w3id.org/dcgraph/id/doc/A/78/L.86/op/1,")), r.body());
    }

    /** Issue 17, point 11: Lucene's parse errors were 500 naming TextIndexParseException and the internal query. */
    @Test
    void unreadableSearchWordsAreABadRequestInOurWords() {
        for (String q : List.of("((((", "a OR ".repeat(1500) + "b")) {
            HttpResponse<String> r = new Http(server).get("/queries/search?q=" + Http.encode(q) + "&lang=en&format=csv");
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("The search words could not be read as a search"), r.body());
            assertTrue(!r.body().contains("Exception"), r.body());
        }
        assertEquals(200, new Http(server).get("/$/ping").statusCode());
    }

    @Test
    void searchWithoutWordsIsABadRequest() {
        assertEquals(400, new Http(server).get("/queries/search?lang=ar").statusCode());
    }
}
