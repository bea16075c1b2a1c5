package org.dcgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.store.Store;
import org.dcgraph.store.StoreBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Akoma Ntoso names of a resolution built from the UN's own file lead to its dcgraph resource. */
class AknNameRouteTest {
    private static Store store;
    private static DcgraphServer server;
    private static Http http;

    @BeforeAll
    static void startServer() {
        store = Store.inMemory();
        new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, List.of(Fixtures.file(Fixtures.AKN_78_311_EN)), false);
        server = DcgraphServer.start(store.dataset(), TestServers.settings("serve/queries"));
        http = new Http(server);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        store.close();
    }

    @Test
    void theWorkNameSeesOtherToTheDocument() {
        HttpResponse<String> r = http.get("/akn/un/statement/deliberation/unga/2024-07-01/78-311/");
        assertEquals(303, r.statusCode());
        assertEquals("/id/doc/A/RES/78/311", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theWorkNameWithoutItsFinalSlashSeesOtherToo() {
        assertEquals("/id/doc/A/RES/78/311",
                http.get("/akn/un/statement/deliberation/unga/2024-07-01/78-311").headers().firstValue("Location").orElseThrow());
    }

    @Test
    void anExpressionNameSeesOtherToTheLanguageVersion() {
        HttpResponse<String> r = http.get("/akn/un/statement/deliberation/unga/2024-07-01/78-311/eng@/");
        assertEquals(303, r.statusCode());
        assertEquals("/id/doc/A/RES/78/311/en", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void anUnknownNameIsNotFound() {
        HttpResponse<String> r = http.get("/akn/un/statement/deliberation/unga/2024-07-01/78-999/");
        assertEquals(404, r.statusCode());
    }
}
