package org.dcgraph.serve.linked;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletRequest;
import org.dcgraph.rdf.Iris;

/**
 * Where the linked-data routes live, and how they map to IRIs. A request for {@code /id/{rest}} on this server is
 * about {@code {base}id/{rest}}, whatever the base, so every IRI dereferences locally. Its page is
 * {@code /page/{rest}} and its data {@code /data/{rest}.{ext}}.
 *
 * @param base          the base of the graph's IRIs, ending in a slash
 * @param dumpDirectory where the build wrote the dumps ({@link org.dcgraph.store.Dumps}), or null for none
 */
public record Site(String base, Path dumpDirectory) {
    static final String ID = "/id/";
    static final String PAGE = "/page/";
    static final String DATA = "/data/";

    public Site {
        base = base.endsWith("/") ? base : base + "/";
    }

    String idSpace() { return base + "id/"; }

    /** The IRI a local path under {@code /id/}, {@code /page/} or {@code /data/} stands for. */
    String iri(String rest) { return idSpace() + Iris.symbolPath(rest); }

    /** Where a link to the IRI goes from a page of this server: its local {@code /id/} path when it is ours. */
    String link(String iri) {
        return iri.startsWith(idSpace()) ? ID + iri.substring(idSpace().length()) : iri;
    }

    String page(String iri) { return PAGE + rest(iri); }

    String data(String iri, Representation representation) { return DATA + rest(iri) + "." + representation.extension(); }

    boolean isOurs(String iri) { return iri.startsWith(idSpace()); }

    private String rest(String iri) { return iri.substring(idSpace().length()); }

    /** The decoded path after a route's prefix, e.g. {@code doc/A/RES/78/311} for {@code /id/doc/A/RES/78/311}. */
    static String pathAfter(HttpServletRequest request, String prefix) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // '+' is a plus in a path, not a space: keep it through the form decoder.
        return URLDecoder.decode(path.substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** scheme://host:port of the request, for the absolute URLs of endpoints and dumps. */
    static String origin(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }
}
