package org.dcgraph.serve.linked;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dcgraph.serve.Revalidation;
import org.dcgraph.store.Dumps;
import org.dcgraph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * written), and a client holding it gets {@code 304}. The Turtle dump is written the first time it is asked for
 * ({@link Dumps#turtle}): a request waits for its one writer a few seconds, the time a small store's takes, and is
 * then answered {@code 503} with {@code Retry-After}, rather than holding a connection and a thread of the server
 * for the minutes a large store's takes; the requests after it read the file.
 */
final class DumpServlet extends HttpServlet {
    /** A route's file, and the media type it is served as. */
    private record Route(String file, String mediaType, boolean asRdf) {}

    /** One range of bytes: "bytes=0-499", "bytes=500-", "bytes=-500". */
    private static final Pattern BYTE_RANGE = Pattern.compile("bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)");

    private static final Map<String, Route> ROUTES = Map.of(
            Dumps.NQUADS, new Route(Dumps.NQUADS, "application/gzip", false),
            Dumps.TURTLE, new Route(Dumps.TURTLE, "application/gzip", false),
            strip(Dumps.NQUADS), new Route(Dumps.NQUADS, "application/n-quads", true),
            strip(Dumps.TURTLE), new Route(Dumps.TURTLE, "text/turtle", true));

    /** How long a request for the Turtle dump waits for its writer before it is told to come back. */
    static final Duration TURTLE_WAIT = Duration.ofSeconds(10);
    /** When to come back, told to a request that came while the Turtle dump was being written. */
    static final int TURTLE_RETRY_AFTER_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(DumpServlet.class);

    private final transient Path folder;
    private final transient DatasetGraph dataset;
    private final Duration turtleWait;

    DumpServlet(Path folder, DatasetGraph dataset) {
        this(folder, dataset, TURTLE_WAIT);
    }

    DumpServlet(Path folder, DatasetGraph dataset, Duration turtleWait) {
        this.folder = folder;
        this.dataset = dataset;
        this.turtleWait = turtleWait;
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
        Path file = route.file().equals(Dumps.TURTLE) ? turtle(generation, request, response) : current.get().resolve(route.file());
        if (file == null) return;
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
                long size = channel.size();
                response.setHeader("Accept-Ranges", "bytes");
                String ifRange = request.getHeader("If-Range");
                Optional<long[]> range = ifRange == null || ifRange.equals(tag) ? range(request.getHeader("Range"), size) : Optional.empty();
                if (range.isPresent() && range.get().length == 0) {
                    response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                    response.setHeader("Content-Range", "bytes */" + size);
                    return;
                }
                long first = range.map(r -> r[0]).orElse(0L), last = range.map(r -> r[1]).orElse(size - 1);
                if (range.isPresent()) {
                    response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                    response.setHeader("Content-Range", "bytes " + first + "-" + last + "/" + size);
                }
                response.setContentLengthLong(last - first + 1);
                channel.position(first);
                copy(bytes, response.getOutputStream(), last - first + 1);
            } else {
                response.setHeader("Accept-Ranges", "none"); // decompressed on the way: its length is not known before
                try (InputStream rdf = new GZIPInputStream(bytes, 1 << 16)) {
                    rdf.transferTo(response.getOutputStream());
                }
            }
        } catch (NoSuchFileException e) {
            new RefusedRequest(HttpServletResponse.SC_NOT_FOUND, request,
                    "the content changed while the dump was asked for: ask again for the dumps of the new one").send(response);
        }
    }

    /** The Turtle dump of the generation, written now if it is not yet; null when the request was answered otherwise. */
    private Path turtle(String generation, HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            return Dumps.turtle(dataset, folder, generation).get(turtleWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.setHeader("Retry-After", String.valueOf(TURTLE_RETRY_AFTER_SECONDS));
            new RefusedRequest(HttpServletResponse.SC_SERVICE_UNAVAILABLE, request, "the Turtle dump of the content now served is "
                    + "being written, the first time it is asked for: ask again in " + TURTLE_RETRY_AFTER_SECONDS + " s").send(response);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Dumps.ContentChanged) {
                new RefusedRequest(HttpServletResponse.SC_NOT_FOUND, request,
                        "the content changed while the dump was asked for: ask again for the dumps of the new one").send(response);
            } else {
                LOG.warn("the Turtle dump of generation {} could not be written", generation, e.getCause());
                new RefusedRequest(HttpServletResponse.SC_SERVICE_UNAVAILABLE, request,
                        "the Turtle dump of the content now served could not be written (" + e.getCause().getMessage()
                        + "); the N-Quads dump holds the same quads").send(response);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            new RefusedRequest(HttpServletResponse.SC_SERVICE_UNAVAILABLE, request, "the server is stopping").send(response);
        }
        return null;
    }

    /**
     * The one byte range a {@code Range} header asks of a file of {@code size} bytes, as {first, last}; an empty array
     * when it cannot be satisfied (416); empty when there is none or it is not one this route serves (several ranges,
     * another unit): then the whole file is sent, as RFC 9110 allows. A resumed download of a large dump is the use.
     */
    static Optional<long[]> range(String header, long size) {
        if (header == null) return Optional.empty();
        Matcher m = BYTE_RANGE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) return Optional.empty();
        try {
            long first, last;
            if (m.group(1).isEmpty()) { // the last N bytes
                long n = Long.parseLong(m.group(2));
                if (n == 0) return Optional.of(new long[0]);
                first = Math.max(0, size - n);
                last = size - 1;
            } else {
                first = Long.parseLong(m.group(1));
                last = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
                if (last < first && !m.group(2).isEmpty() && first < size) return Optional.empty();
            }
            return first >= size ? Optional.of(new long[0]) : Optional.of(new long[] {first, last});
        } catch (NumberFormatException e) {
            return Optional.empty(); // digits beyond a long: not a range this file could have
        }
    }

    /** Sends the next {@code length} bytes of the file, and no more. */
    private static void copy(InputStream from, java.io.OutputStream to, long length) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (long left = length; left > 0; ) {
            int n = from.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) throw new IOException("the dump ended before its length");
            to.write(buffer, 0, n);
            left -= n;
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
