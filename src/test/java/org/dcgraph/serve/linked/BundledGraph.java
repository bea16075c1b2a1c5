package org.dcgraph.serve.linked;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

import org.dcgraph.Fixtures;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.reference.ReferenceData;
import org.dcgraph.serve.DcgraphServer;
import org.dcgraph.serve.ServerSettings;
import org.dcgraph.store.Dumps;
import org.dcgraph.store.Store;
import org.dcgraph.store.StoreBuilder;

/**
 * The bundled corpus built into an in-memory store, its dumps written to a folder, and the real server over it on a
 * free loopback port, with the project's named queries: what a client meets.
 */
public final class BundledGraph implements AutoCloseable {
    static final String BASE = ReferenceData.DEFAULT_BASE;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Store store;
    public final DcgraphServer server;

    BundledGraph(Path dumps) {
        this(dumps, UnaryOperator.identity());
    }

    /** The same, with the server's default settings changed by {@code settings}. */
    public BundledGraph(Path dumps, UnaryOperator<ServerSettings> settings) {
        store = Store.inMemory();
        new StoreBuilder(new Pipeline(Fixtures.REFERENCE)).build(store, Fixtures.bundledCorpus(), false);
        Dumps.refresh(store.dataset(), dumps, store.generation(), org.dcgraph.pipeline.Progress.NONE);
        server = DcgraphServer.start(store.dataset(),
                settings.apply(ServerSettings.defaults(QueryCatalogue.fromDirectory(Path.of("queries"))).withPort(0).withBindAddress("127.0.0.1")),
                new Site(BASE, dumps));
    }

    public String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(path, HttpResponse.BodyHandlers.ofByteArray(), headers);
    }

    private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> handler, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0)
            request.headers(headers);
        try {
            return HTTP.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
