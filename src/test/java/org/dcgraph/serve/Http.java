package org.dcgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Requests to a test server over real HTTP. */
final class Http {

    /** A response a client waits for only briefly: the server keeps answering whatever else it is doing. */
    static final Duration QUICK = Duration.ofSeconds(2);

    /** Asserts the request is answered with the status within {@link #QUICK}. */
    static void assertQuick(Supplier<HttpResponse<String>> request, int status) {
        Instant start = Instant.now();
        HttpResponse<String> response = request.get();
        Duration took = Duration.between(start, Instant.now());
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(took.compareTo(QUICK) < 0, "answered after " + took);
    }
    private static final HttpClient SHARED = newClient();

    private final String base;
    private final HttpClient client;

    Http(DcgraphServer server) {
        this("http://127.0.0.1:" + server.port(), SHARED);
    }

    private Http(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /**
     * Requests on connections of their own. For a request that Fuseki refuses without reading its body: Jetty
     * then drops the connection, and a later request that reused it would fail.
     */
    Http onOwnConnection() {
        return new Http(base, newClient());
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    String url(String path) {
        return base + path;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** A GET sent without waiting for its answer. */
    CompletableFuture<HttpResponse<String>> getAsync(String path, String... headers) {
        return client.sendAsync(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * The raw answer to a POST that announces {@code declaredLength} bytes and sends only the start of them, over a
     * socket of its own: for a refusal from the headers alone, which a client still sending its body may lose when
     * the server closes the connection under it.
     */
    String postAnnouncing(String path, String contentType, long declaredLength) {
        URI uri = URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nConnection: close\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + declaredLength + "\r\n\r\nSELECT * {}")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A POST whose body is sent in chunks, with no Content-Length announcing its size. */
    HttpResponse<String> postChunked(String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(request(path).header("Content-Type", contentType)
                                 .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0)
            builder.headers(headers);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
