package org.dcgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.query.QueryLimits;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.reference.ReferenceData;
import org.dcgraph.serve.AdminRoute;
import org.dcgraph.serve.DcgraphServer;
import org.dcgraph.store.Ingester;
import org.dcgraph.serve.ServerSettings;
import org.dcgraph.serve.linked.Site;
import org.dcgraph.store.Dumps;
import org.dcgraph.store.Store;

/**
 * {@code serve}: builds the store if it is missing or out of date, then serves it until the process ends; with
 * {@code --no-build}, serves the store exactly as it is.
 */
final class ServeCommand {
    private ServeCommand() {}

    /** A server started by the command, with the store it serves. */
    record Running(DcgraphServer server, Store store) {
        void stop() {
            server.stop();
            store.close();
        }
    }

    static int run(List<String> args, PrintStream out) throws IOException {
        Running running = start(args, out);
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
        running.server().join();
        return 0;
    }

    static Running start(List<String> args, PrintStream out) throws IOException {
        Options o = Options.parse(args, List.of("corpus", "store", "port", "base", "timeout", "allow-service", "bind",
                "max-results", "threads", "concurrent-queries", "admin-port", "admin-bind", "admin-token"), List.of("no-build"));
        ServerSettings settings = ServerSettings.defaults(QueryCatalogue.fromClasspath())
                .withPort(o.intValue("port", ServerSettings.DEFAULT_PORT))
                .withQueryTimeout(Duration.ofSeconds(o.intValue("timeout", 10)))
                .withMaxResults(o.intValue("max-results", QueryLimits.DEFAULT_MAX_RESULTS))
                .withMaxThreads(o.intValue("threads", ServerSettings.DEFAULT_MAX_THREADS))
                .withConcurrentQueries(o.intValue("concurrent-queries", ServerSettings.DEFAULT_CONCURRENT_QUERIES));
        if (o.has("allow-service")) settings = settings.withAllowedServices(Set.of(o.get("allow-service", "").split(",")));
        if (o.has("bind")) settings = settings.withBindAddress(o.get("bind", null));
        Store store = o.isOn("no-build") ? StoreSetup.openAsBuilt(o, out) : StoreSetup.openBuilt(o, out, false);
        AdminRoute admin = adminRoute(o, store);
        DcgraphServer server = DcgraphServer.start(store.dataset(), settings, new Site(o.base(), Dumps.folderOf(store)), admin);
        out.println("dcgraph serving " + store.directory() + " at http://localhost:" + server.port() + "/sparql");
        if (admin != null) out.println("admin route: POST http://" + admin.bindAddress() + ":" + server.adminPort() + "/admin/ingest?name=FILE");
        return new Running(server, store);
    }

    /** The admin route, when the operator gave it a port; the token comes from the environment or the option. */
    private static AdminRoute adminRoute(Options o, Store store) {
        if (!o.has("admin-port")) return null;
        String token = o.get("admin-token", System.getenv("DCGRAPH_ADMIN_TOKEN"));
        try {
            return new AdminRoute(o.get("admin-bind", AdminRoute.LOOPBACK), o.intValue("admin-port", 0), token, store,
                    new Ingester(new Pipeline(ReferenceData.load(o.base()))));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
