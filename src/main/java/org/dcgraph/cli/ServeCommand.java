package org.dcgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dcgraph.pipeline.Pipeline;
import org.dcgraph.query.QueryCatalogue;
import org.dcgraph.reference.ReferenceData;
import org.dcgraph.serve.AdminRoute;
import org.dcgraph.serve.DcgraphServer;
import org.dcgraph.serve.ServerSettings;
import org.dcgraph.serve.linked.Site;
import org.dcgraph.store.Dumps;
import org.dcgraph.store.Ingester;
import org.dcgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: builds the store if it is missing or out of date, then serves it until the process ends; with
 * {@code --no-build}, serves the store exactly as it is.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
         description = "Serves the store over HTTP (SPARQL, named queries, pages, dumps), building it first unless --no-build.")
final class ServeCommand implements Callable<Integer> {
    /** Jetty names the address it could not take: "Failed to bind to /0.0.0.0:3030". */
    private static final Pattern BIND_FAILURE = Pattern.compile(":(\\d+)\\s*$");

    @Mixin StoreOption storeOption;
    @Mixin CorpusOptions corpus;
    @Mixin LimitOptions limits;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "Port of the public routes; 0 takes a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "HOST", description = "Address to listen on (default: every interface).")
    String bind;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_MAX_THREADS,
            description = "Most HTTP threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--concurrent-queries", paramLabel = "N",
            description = "Most queries evaluated at once; others wait their turn (default: twice the processors).")
    Integer concurrentQueries;

    @Option(names = "--allow-service", paramLabel = "IRI,IRI",
            description = "Remote SPARQL endpoints a SERVICE clause may call, exactly as written (default: none).")
    String allowService;

    @Option(names = "--no-build", description = "Serve the store as it is, without a corpus: a replica of a store built elsewhere.")
    boolean noBuild;

    @Option(names = "--admin-port", paramLabel = "N", description = "Port of POST /admin/ingest (default: no admin route).")
    Integer adminPort;

    @Option(names = "--admin-bind", paramLabel = "HOST", defaultValue = AdminRoute.LOOPBACK,
            description = "Address of the admin route (default: ${DEFAULT-VALUE}); any other needs --admin-token.")
    String adminBind;

    @Option(names = "--admin-token", paramLabel = "TOKEN", description = "Bearer token the admin route asks of each request.")
    String adminToken;

    private final PrintStream out;

    ServeCommand(PrintStream out) {
        this.out = out;
    }

    /** A server started by the command, with the store it serves. */
    record Running(DcgraphServer server, Store store) {
        void stop() {
            server.stop();
            store.close();
        }
    }

    @Override
    public Integer call() throws IOException {
        Running running = start();
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
        running.server().join();
        return 0;
    }

    /** Starts a server as {@code serve ARGS} would, for callers that stop it themselves. */
    static Running start(List<String> args, PrintStream out) throws IOException {
        ServeCommand command = new ServeCommand(out);
        CommandLine cli = new CommandLine(command);
        cli.setDefaultValueProvider(new EnvironmentDefaults(System.getenv()));
        try {
            cli.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage());
        }
        return command.start();
    }

    Running start() throws IOException {
        ServerSettings settings = settings();
        Store store = noBuild ? StoreSetup.openAsBuilt(storeOption.store, corpus, out) : StoreSetup.openBuilt(storeOption.store, corpus, out, false);
        try {
            AdminRoute admin = adminRoute(store);
            DcgraphServer server = DcgraphServer.start(store.dataset(), settings, new Site(corpus.base(), Dumps.folderOf(store)), admin);
            out.println("dcgraph serving " + store.directory() + " at http://localhost:" + server.port() + "/sparql");
            if (admin != null) out.println("admin route: POST http://" + admin.bindAddress() + ":" + server.adminPort() + "/admin/ingest?name=FILE");
            return new Running(server, store);
        } catch (RuntimeException e) {
            try {
                store.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing); // the reason the server did not start is the one to say
            }
            IOException inUse = portInUse(e);
            if (inUse != null) throw inUse;
            throw e;
        }
    }

    private ServerSettings settings() {
        ServerSettings settings = ServerSettings.defaults(QueryCatalogue.fromClasspath())
                .withPort(port)
                .withQueryTimeout(limits.timeout())
                .withMaxResults(limits.maxResults())
                .withMaxThreads(threads);
        if (concurrentQueries != null) settings = settings.withConcurrentQueries(concurrentQueries);
        if (allowService != null && !allowService.isBlank()) settings = settings.withAllowedServices(
                Arrays.stream(allowService.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
        if (bind != null) settings = settings.withBindAddress(bind);
        return settings;
    }

    /** The admin route, when the operator gave it a port. */
    private AdminRoute adminRoute(Store store) {
        if (adminPort == null) return null;
        try {
            return new AdminRoute(adminBind, adminPort, adminToken, store, new Ingester(new Pipeline(ReferenceData.load(corpus.base()))));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** A port another process holds, said in one line that names it; null for any other failure. */
    private static IOException portInUse(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!(t instanceof BindException)) continue;
            for (Throwable named = e; named != null; named = named.getCause()) {
                Matcher m = BIND_FAILURE.matcher(String.valueOf(named.getMessage()));
                if (m.find()) return new IOException("port " + m.group(1) + " is in use by another process: stop it, or choose "
                        + "another port with --port (or DCGRAPH_PORT; --admin-port for the admin route)", e);
            }
            return new IOException("a port is in use by another process (" + t.getMessage() + "): choose another with --port", e);
        }
        return null;
    }
}
