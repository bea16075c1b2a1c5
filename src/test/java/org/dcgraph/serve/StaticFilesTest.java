package org.dcgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 17, point 13: folders under /static/ were answered 200 with an empty body. */
class StaticFilesTest {
    private static DcgraphServer server;
    private static Http http;

    @BeforeAll
    static void startServer() {
        server = DcgraphServer.start(TestServers.dataset(), TestServers.settings("serve/queries"));
        http = new Http(server);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/", "/static/vendor/", "/static/vendor", "/static/web", "/static/.css"})
    void foldersAreNotFiles(String path) {
        assertEquals(404, http.get(path).statusCode(), path);
    }

    @Test
    void filesAreServed() {
        assertEquals(200, http.get("/static/dcgraph.css").statusCode());
    }
}
