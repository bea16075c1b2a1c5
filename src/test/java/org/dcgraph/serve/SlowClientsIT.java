package org.dcgraph.serve;

import static org.dcgraph.serve.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 3: clients that announce a body and send it a byte at a time. With blocking reads each held one
 * of the server's threads until it finished; here 200 of them, against a server of 12 threads, hold only their
 * connections, and ping, a named query, a page and a query keep answering at once.
 */
class SlowClientsIT {
    private static final int THREADS = 12;
    private static final int SLOW_CLIENTS = 200;

    private static DcgraphServer server;
    private static Http http;

    @BeforeAll
    static void startServer() {
        server = DcgraphServer.start(TestServers.dataset(), TestServers.settings("serve/queries").withMaxThreads(THREADS));
        http = new Http(server);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void stalledBodiesDoNotTakeTheThreads() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++)
                slow.add(startSlowPost(i % 2 == 0 ? "/sparql" : "/sparql/", i % 3 == 0 ? "application/x-www-form-urlencoded" : "application/sparql-query"));
            for (int round = 0; round < 3; round++) {
                for (Socket socket : slow)
                    trickle(socket);
                Http.assertQuick(() -> http.get("/$/ping"), 200);
                Http.assertQuick(() -> http.get("/queries/paragraphs?symbol=A/RES/78/311&format=csv"), 200);
                Http.assertQuick(() -> http.get("/sparql?query=" + encode("SELECT (1 AS ?one) {}"), "Accept", "text/csv"), 200);
                Http.assertQuick(() -> http.post("/sparql", "application/sparql-query", "ASK {}"), 200);
                Thread.sleep(500);
            }
            assertTrue(slow.stream().allMatch(socket -> !socket.isClosed()), "the slow clients were still connected");
        } finally {
            for (Socket socket : slow)
                socket.close();
        }
    }

    private static Socket startSlowPost(String path, String contentType) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                   + "\r\nContent-Length: 100000\r\n\r\nq").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static void trickle(Socket socket) throws IOException {
        socket.getOutputStream().write('x');
        socket.getOutputStream().flush();
    }

}
