package org.dcgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import org.dcgraph.pipeline.FileOutcome;
import org.dcgraph.pipeline.NamedBytes;
import org.dcgraph.pipeline.Progress;
import org.dcgraph.pipeline.SourceReader;
import org.dcgraph.store.Ingester;
import org.dcgraph.store.StoreFullException;

/**
 * {@code POST /admin/ingest?name=FILE} with the file as the request body (text in any encoding, or PDF): ingests
 * it and answers with what became of it, 200 when it was loaded and 422 when it was refused. The name is only
 * for the report. Requests that did not come in through the admin connector are answered 404, as if the route
 * did not exist: the public port offers nothing that changes data.
 */
final class AdminIngestServlet extends HttpServlet {
    static final String PATH = "/admin/ingest";
    private static final int MAX_NAME = 255;
    /** WebDAV's status for a server that cannot store what it was sent (RFC 4918, 11.5). */
    static final int INSUFFICIENT_STORAGE = 507;
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "[::1]", "localhost");

    private final AdminRoute route;
    private final IntSupplier adminPort;

    AdminIngestServlet(AdminRoute route, IntSupplier adminPort) {
        this.route = route;
        this.adminPort = adminPort;
    }

    /** Whether the request is for this route, which takes documents far larger than a query and checks them itself. */
    static boolean isAdminRoute(HttpServletRequest request) {
        return PATH.equals(request.getServletPath());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getLocalPort() != adminPort.getAsInt()) {
            PlainTextError.send(response, HttpServletResponse.SC_NOT_FOUND, "no route " + request.getRequestURI());
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            PlainTextError.send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, PATH + " takes a document as the body of a POST");
            return;
        }
        String browserProblem = browserProblem(request);
        if (browserProblem != null) {
            discardBody(request);
            PlainTextError.send(response, HttpServletResponse.SC_FORBIDDEN, browserProblem);
            return;
        }
        if (formLike(request.getContentType())) {
            discardBody(request);
            PlainTextError.send(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, PATH
                    + " takes the document with a Content-Type such as application/octet-stream or application/pdf, not '"
                    + printable(String.valueOf(request.getContentType())) + "' (a type a web form or a page's script could send)");
            return;
        }
        if (route.token() != null && !authorised(request.getHeader("Authorization"))) {
            discardBody(request);
            response.setHeader("WWW-Authenticate", "Bearer");
            PlainTextError.send(response, HttpServletResponse.SC_UNAUTHORIZED, "the admin route needs the operator's token: Authorization: Bearer TOKEN");
            return;
        }
        String name = nameParameter(request.getQueryString());
        String nameProblem = nameProblem(name);
        if (nameProblem != null) {
            discardBody(request);
            PlainTextError.send(response, HttpServletResponse.SC_BAD_REQUEST, "name '" + printable(name) + "' " + nameProblem);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > SourceReader.MAX_BYTES) {
            PlainTextError.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, name + ": " + SourceReader.tooLarge(declared));
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) SourceReader.MAX_BYTES + 1);
        }
        if (body.length > SourceReader.MAX_BYTES) {
            PlainTextError.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, name + ": " + SourceReader.tooLarge(body.length));
            return;
        }
        Ingester.Result result;
        try {
            result = route.ingester().ingest(route.store(), List.of(new NamedBytes(name, body)), Progress.NONE);
        } catch (StoreFullException e) {
            PlainTextError.send(response, INSUFFICIENT_STORAGE, name + ": " + e.getMessage());
            return;
        }
        FileOutcome outcome = result.outcomes().get(0);
        StringBuilder report = new StringBuilder(outcome.toString());
        result.notes().forEach(n -> report.append("\nnote    ").append(n));
        PlainTextError.send(response, outcome.loaded() ? HttpServletResponse.SC_OK : 422, report.toString());
    }

    /**
     * Why the request may come from a web page, or null. A page on any site can make the browser post to a loopback
     * address; the browser then says where the page came from ({@code Origin}), and a page that rebound its own host
     * name to 127.0.0.1 still sends that name as {@code Host}. The route has no page of its own, so any Origin is
     * refused, and without a token (loopback) the Host must name the loopback interface.
     */
    private String browserProblem(HttpServletRequest request) {
        if (request.getHeader("Origin") != null)
            return PATH + " does not take requests from web pages (the request has an Origin header)";
        if (route.token() == null && !LOOPBACK_NAMES.contains(hostName(request.getHeader("Host"))))
            return PATH + " answers only requests addressed to the loopback interface (Host: 127.0.0.1, [::1] or localhost)";
        return null;
    }

    /** The host of a Host header without its port, lower-cased. */
    private static String hostName(String host) {
        if (host == null) return "";
        String name = host.strip().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf(']') ? name.substring(0, colon) : name;
    }

    /**
     * Whether a browser could send the body without asking first: the three types a form can send, or none (a
     * script's fetch of a bare blob), need no CORS preflight.
     */
    static boolean formLike(String contentType) {
        if (contentType == null || contentType.isBlank()) return true;
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/x-www-form-urlencoded") || type.equals("multipart/form-data") || type.equals("text/plain");
    }

    /**
     * Reads to its end, and drops, the document of a request refused before it was read. Answered first, the
     * request would leave its unread rest on the connection, which the server then closes without saying so; a
     * client that reuses it for its next request (Java's HttpClient does) gets no answer. A body over the size
     * limit is left unread: the connection is given up rather than reading that much for nothing.
     */
    private static void discardBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > SourceReader.MAX_BYTES) return;
        byte[] buffer = new byte[1 << 16];
        long read = 0;
        try (InputStream in = request.getInputStream()) {
            for (int n = in.read(buffer); n >= 0 && read <= SourceReader.MAX_BYTES; n = in.read(buffer)) read += n;
        }
    }

    private boolean authorised(String header) {
        if (header == null || !header.startsWith("Bearer ")) return false;
        // Constant time, so that the answer's timing says nothing of how much of a guess was right.
        return MessageDigest.isEqual(header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8),
                route.token().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The {@code name} of the query string, read from it directly: {@code getParameter} would also parse a body
     * sent as a form (curl's {@code --data-binary} says it is one), and consume the document.
     */
    private static String nameParameter(String queryString) {
        if (queryString != null) {
            for (String pair : queryString.split("&")) {
                if (pair.startsWith("name=")) {
                    String name = URLDecoder.decode(pair.substring("name=".length()), StandardCharsets.UTF_8);
                    if (!name.isBlank()) return name;
                }
            }
        }
        return "upload";
    }

    /** Why the name cannot stand for the file in the report, or null. */
    static String nameProblem(String name) {
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) return "has a path separator: give the file's name only";
        if (name.codePoints().anyMatch(Character::isISOControl)) return "has control characters";
        // A right-to-left override makes "gpj.exe" read as "exe.jpg" in the report and in a terminal.
        if (name.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT)) return "has invisible formatting characters (such as a direction override)";
        if (name.equals(".") || name.equals("..")) return "is not a file name";
        if (name.length() > MAX_NAME) return "is longer than " + MAX_NAME + " characters";
        return null;
    }

    private static String printable(String name) {
        String shown = name.length() > 80 ? name.substring(0, 80) + "…" : name;
        return shown.replaceAll("[\\p{Cntrl}\\p{Cf}]", "\uFFFD");
    }
}
