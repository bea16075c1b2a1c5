package org.dcgraph.serve.linked;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dcgraph.serve.Revalidation;
import org.dcgraph.store.Dumps;
import org.dcgraph.store.Store;

/**
 * The dumps of the content the server now serves (those of its generation), never those of an earlier one, under two
 * names each:
 * <ul>
 * <li>{@code /dumps/dcgraph.nq.gz} and {@code /dumps/dcgraph.ttl.gz}: the gzip files, as {@code application/gzip}, so
 * that what a client saves is what VoID and DCAT describe, a compressed dump;</li>
 * <li>{@code /dumps/dcgraph.nq} and {@code /dumps/dcgraph.ttl}: the same data as RDF ({@code application/n-quads},
 * {@code text/turtle}) for tools that read a graph from a URL (Jena's {@code riot}, rdflib): the stored bytes with
 * {@code Content-Encoding: gzip} when the client accepts it, decompressed on the way otherwise.</li>
 * </ul>
 * Each answer carries a strong {@code ETag} (the generation and the name) and {@code Last-Modified} (when the dump was
 * written), and a client holding it gets {@code 304}.
 */
final class DumpServlet extends HttpServlet {
    /** A route's file, and the media type it is served as. */
    private record Route(String file, String mediaType, boolean asRdf) {}

    private static final Map<String, Route> ROUTES = Map.of(
            Dumps.NQUADS, new Route(Dumps.NQUADS, "application/gzip", false),
            Dumps.TURTLE, new Route(Dumps.TURTLE, "application/gzip", false),
            strip(Dumps.NQUADS), new Route(Dumps.NQUADS, "application/n-quads", true),
            strip(Dumps.TURTLE), new Route(Dumps.TURTLE, "text/turtle", true));

    private final transient Path folder;
    private final transient DatasetGraph dataset;

    DumpServlet(Path folder, DatasetGraph dataset) {
        this.folder = folder;
        this.dataset = dataset;
    }

    private static String strip(String gzipName) {
        return gzipName.substring(0, gzipName.length() - ".gz".length());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String generation = Store.generationOf(dataset);
        Optional<Path> current = Dumps.current(folder, generation);
        Route route = ROUTES.get(name);
        if (route == null || current.isEmpty()) {
            new RefusedRequest(HttpServletResponse.SC_NOT_FOUND, request,
                    "the dumps are " + String.join(" and ", ROUTES.keySet().stream().sorted().toList())
                    + (folder == null ? ", and this server was started without them"
                       : current.isEmpty() ? ", and those of the content now served are not written" : "")).send(response);
            return;
        }
        Path file = current.get().resolve(route.file());
        // Opened before its length is read: a write that commits meanwhile removes the file, not an open one.
        try (FileChannel channel = FileChannel.open(file)) {
            boolean encoded = !route.asRdf() || acceptsGzip(request);
            String tag = "\"" + generation + "-" + name + (route.asRdf() && encoded ? "-gzip" : "") + "\"";
            response.setHeader("ETag", tag);
            response.setDateHeader("Last-Modified", Files.getLastModifiedTime(file).toMillis());
            response.setHeader("Cache-Control", "no-cache");
            if (route.asRdf()) response.setHeader("Vary", "Accept-Encoding");
            if (Revalidation.matches(request.getHeader("If-None-Match"), tag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(route.mediaType());
            if (!route.asRdf()) {
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
            } else if (encoded) {
                response.setHeader("Content-Encoding", "gzip");
            }
            InputStream bytes = Channels.newInputStream(channel);
            if (encoded) {
                response.setContentLengthLong(channel.size());
                bytes.transferTo(response.getOutputStream());
            } else {
                try (InputStream rdf = new GZIPInputStream(bytes, 1 << 16)) {
                    rdf.transferTo(response.getOutputStream());
                }
            }
        } catch (NoSuchFileException e) {
            new RefusedRequest(HttpServletResponse.SC_NOT_FOUND, request,
                    "the content changed while the dump was asked for: ask again for the dumps of the new one").send(response);
        }
    }

    /** Whether the request's Accept-Encoding admits gzip (any q above 0). */
    static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        if (accepted == null) return false;
        for (String part : accepted.toLowerCase(Locale.ROOT).split(",")) {
            String[] codingAndParams = part.strip().split(";");
            String coding = codingAndParams[0].strip();
            if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("*")) continue;
            boolean refused = false;
            for (int i = 1; i < codingAndParams.length; i++) {
                String p = codingAndParams[i].strip().replace(" ", "");
                if (p.equals("q=0") || p.matches("q=0\\.0{0,3}")) refused = true;
            }
            if (!refused) return true;
        }
        return false;
    }
}
