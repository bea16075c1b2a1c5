package org.dcgraph.serve;

import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dcgraph.query.QueryLimits;
import org.dcgraph.query.QueryRunner;
import org.dcgraph.reference.ReferenceData;
import org.dcgraph.serve.linked.LinkedData;
import org.dcgraph.serve.linked.Site;
import org.dcgraph.store.Store;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * The HTTP service: an embedded Fuseki offering {@code /sparql} (SPARQL 1.1 Protocol, query only),
 * {@code /queries} and {@code /queries/{name}} (the named-query catalogue) and {@code /$/ping}, and the linked-data
 * routes of {@link LinkedData} (pages, descriptions, VoID, dumps), with CORS for reads on every public route. Nothing it offers changes
 * data.
 */
public final class DcgraphServer {
    /**
     * Jetty's output buffer for each response. Fuseki 5.6.0 compiles in 5 MB, which Jetty 12 does not pool, so
     * every response allocated and zeroed 5 MB: 15-30 ms on a small lookup, and gigabytes of process growth.
     * 32 KiB gave 8-25 times the throughput on these machines (design notes, "Performance and scale").
     */
    static final int RESPONSE_BUFFER_BYTES = 32 * 1024;
    /**
     * Most bytes of a request's line and headers: a GET query travels in the request line, so this is also the longest
     * query sent by GET (a longer one is posted). Fuseki allows 512 KiB, which lets every connection hold half a
     * megabyte of headers; Jetty answers a longer line 414 and longer headers 431.
     */
    static final int REQUEST_HEADER_BYTES = 16 * 1024;
    /**
     * How long a query waits for its turn to run (see {@link QueryGate}). A client would rather wait in line than be
     * turned away while the line moves; a query that has not started after a minute meets a line that is not
     * draining, and 503 says so.
     */
    static final Duration LONGEST_QUERY_WAIT = Duration.ofMinutes(1);

    private static final String EVERY_PATH = "/*";
    private static final String DUMPS_PATHS = "/dumps/*";

    private final FusekiServer fuseki;
    private final ServerConnector adminConnector;
    private final QueryRunner namedQueries;

    private DcgraphServer(FusekiServer fuseki, ServerConnector adminConnector, QueryRunner namedQueries) {
        this.fuseki = fuseki;
        this.adminConnector = adminConnector;
        this.namedQueries = namedQueries;
    }

    private static ServerConnector addAdminConnector(Server jetty, AdminRoute admin) {
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(admin.bindAddress());
        connector.setPort(admin.port());
        jetty.addConnector(connector);
        return connector;
    }

    /** The port of the admin route, or -1 when it is off. */
    public int adminPort() {
        return adminConnector == null ? -1 : adminConnector.getLocalPort();
    }

    /** Builds the server over the dataset and starts it; it serves until {@link #stop()}. */
    public static DcgraphServer start(DatasetGraph dataset, ServerSettings settings) {
        return start(dataset, settings, new Site(ReferenceData.DEFAULT_BASE, null));
    }

    /** The same, with the linked-data routes answering for the IRIs under {@code site}'s base. */
    public static DcgraphServer start(DatasetGraph dataset, ServerSettings settings, Site site) {
        return start(dataset, settings, site, null);
    }

    /**
     * The same, with the admin route that ingests documents when {@code admin} is not null: on a connector of its
     * own, never on the public port.
     */
    public static DcgraphServer start(DatasetGraph dataset, ServerSettings settings, Site site, AdminRoute admin) {
        QueryLimits limits = settings.queryLimits();
        QueryGate gate = new QueryGate(settings.concurrentQueries(), LONGEST_QUERY_WAIT);
        ServerConnector[] adminConnector = new ServerConnector[1];
        QueryRunner namedQueries = QueryRunner.keepingAnswers(dataset, limits, () -> Store.generationOf(dataset), settings.catalogue().all());
        FusekiServer.Builder builder = FusekiServer.create();
        if (admin != null) {
            builder.addServlet(AdminIngestServlet.PATH, new AdminIngestServlet(admin, () -> adminConnector[0].getLocalPort()));
        }
        builder
                // No modules found on the classpath: they could add admin or other routes to a read-only service.
                .fusekiModules(FusekiModules.empty())
                .port(settings.port())
                .add(SparqlEndpoint.PATH, SparqlEndpoint.dataService(dataset, limits, gate))
                // On every path, not only "/sparql": Fuseki also routes "/sparql/", "/sparql;x" and other spellings to
                // the service, and nothing else public takes a body. The size check first: the update check reads form
                // parameters, which makes Jetty read the body.
                .addFilter(EVERY_PATH, new RequestLog())
                .addFilter(EVERY_PATH, new TimeLimitReached())
                .addFilter(EVERY_PATH, new QuerySizeFilter())
                .addFilter(EVERY_PATH, new UpdateRefusalFilter())
                .addFilter(EVERY_PATH, new OutputAliases())
                .addFilter(EVERY_PATH, new Revalidation(() -> Store.generationOf(dataset)))
                .maxServerThreads(settings.maxThreads())
                .addServlet(NamedQueryServlet.PATH + "/*", new NamedQueryServlet(settings.catalogue(), namedQueries, gate))
                .enablePing(true)
                // CORS is PublicCors, around the whole server, which can leave the admin connector out.
                .enableCors(false, null);
        FusekiServer fuseki = LinkedData.addTo(builder, dataset, settings.queryTimeout(), site, settings.catalogue(), SparqlEndpoint.PATH)
                .build();
        // Fuseki's builder has no setting for these (JettyLib.httpConfiguration() hard-codes the 5 MB buffer and the
        // 512 KiB headers, and the only host choice is loopback), but what it built can still be changed before start().
        configureConnectors(fuseki.getJettyServer(), settings.bindAddress());
        readBodiesBeforeDispatch(fuseki.getJettyServer());
        Server jetty = fuseki.getJettyServer();
        jetty.setHandler(new PublicCors(jetty.getHandler(), () -> adminConnector[0] == null ? -1 : adminConnector[0].getLocalPort()));
        jetty.setHandler(compressing(jetty.getHandler()));
        ServletContextHandler.getServletContextHandler(fuseki.getServletContext()).setMaxFormContentSize(QuerySizeFilter.MAX_BODY_BYTES);
        if (admin != null) adminConnector[0] = addAdminConnector(fuseki.getJettyServer(), admin);
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            namedQueries.close(); // its computations read the store, which the caller will want to close
            throw e;
        }
        return new DcgraphServer(fuseki, adminConnector[0], namedQueries);
    }

    /**
     * Responses compressed for clients that accept it: the query editor's script is a megabyte, result sets and pages
     * shrink to a fifth. The dumps are gzip files already. Request bodies are never inflated, so the size check sees
     * the bytes a query really takes.
     */
    private static GzipHandler compressing(Handler handler) {
        GzipHandler gzip = new GzipHandler(handler);
        gzip.addExcludedPaths(DUMPS_PATHS);
        gzip.setInflateBufferSize(-1);
        return gzip;
    }

    private static void configureConnectors(Server jetty, String bindAddress) {
        for (Connector connector : jetty.getConnectors()) {
            ServerConnector serverConnector = (ServerConnector) connector;
            serverConnector.setHost(bindAddress);
            HttpConfiguration http = serverConnector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration();
            http.setOutputBufferSize(RESPONSE_BUFFER_BYTES);
            http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        }
    }

    /**
     * Fuseki and the servlets read a request's body with blocking reads, so a client that sends it a byte at a time
     * held a thread for as long as it liked: 75 such clients took all 80 and the server answered nothing else. Jetty
     * now reads the body (up to the largest query, forms parsed) without a thread, and dispatches the request once
     * it is complete; a stalled client holds only its connection, which Jetty closes after the connector's idle
     * timeout. A body larger than a query is dispatched after its first {@link QuerySizeFilter#MAX_BODY_BYTES},
     * where the size check refuses it (or, on the admin route, the rest is read as before).
     */
    private static void readBodiesBeforeDispatch(Server jetty) {
        jetty.setHandler(new EagerContentHandler(jetty.getHandler(),
                unlessDeclaredTooLarge(new EagerContentHandler.FormContentLoaderFactory(-1, QuerySizeFilter.MAX_BODY_BYTES)),
                unlessDeclaredTooLarge(new EagerContentHandler.RetainedContentLoaderFactory(QuerySizeFilter.MAX_BODY_BYTES + 1, -1, false))));
    }

    /** A body announced larger than a query is not read at all: the size check refuses it from its header. */
    private static EagerContentHandler.ContentLoaderFactory unlessDeclaredTooLarge(EagerContentHandler.ContentLoaderFactory loader) {
        return new EagerContentHandler.ContentLoaderFactory() {
            @Override
            public String getApplicableMimeType() {
                return loader.getApplicableMimeType();
            }

            @Override
            public EagerContentHandler.ContentLoader newContentLoader(String contentType, String mimeType, Handler handler,
                                                                      Request request, Response response, Callback callback) {
                if (request.getLength() > QuerySizeFilter.MAX_BODY_BYTES)
                    return null;
                return loader.newContentLoader(contentType, mimeType, handler, request, response, callback);
            }
        };
    }

    /** The port it listens on: the one asked for, or the one chosen when asked for port 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
        namedQueries.close();
    }

    /** For tests that check the Jetty configuration in force. */
    Server jetty() {
        return fuseki.getJettyServer();
    }
}
