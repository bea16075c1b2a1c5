package org.dcgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.dcgraph.BuildInfo;

/**
 * An {@code ETag} on every answer to a GET that the store's content and the request decide (pages, descriptions,
 * named queries, SPARQL results), with {@code 304 Not Modified} when the client already holds it. Everything the
 * public port answers is derived from the store as of its generation, by the code of this build, for this URI and
 * these {@code Accept} headers: the tag is a digest of those, so it changes exactly when one of them does, and no
 * answer has to be computed to compare it. {@code Cache-Control: no-cache} lets a client or a proxy keep the answer
 * and ask again each time, which costs a 304. The dumps (their own validators) and Fuseki's {@code /$/} routes are left
 * alone.
 */
public final class Revalidation implements Filter {
    private final Supplier<String> generation;
    private final String build = BuildInfo.current().built();

    /** @param generation the store's current generation, or null when it has none (then no tag is given) */
    Revalidation(Supplier<String> generation) {
        this.generation = generation;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        String current = applies(http) ? generation.get() : null;
        if (current == null) {
            chain.doFilter(request, response);
            return;
        }
        String tag = tag(current, http);
        answer.setHeader("ETag", tag);
        answer.setHeader("Cache-Control", "no-cache");
        answer.addHeader("Vary", "Accept, Accept-Language");
        if (matches(http.getHeader("If-None-Match"), tag)) {
            answer.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(request, new KeepingCacheControl(answer));
    }

    /**
     * The response with its Cache-Control fixed here: Fuseki marks SPARQL results {@code no-store}, which would keep
     * every client from holding an answer it could revalidate for the price of a 304.
     */
    private static final class KeepingCacheControl extends HttpServletResponseWrapper {
        KeepingCacheControl(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) super.addHeader(name, value);
        }
    }

    private static boolean applies(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        return ("GET".equals(method) || "HEAD".equals(method)) && !path.startsWith("/$/") && !path.startsWith("/dumps/")
               && !AdminIngestServlet.isAdminRoute(request);
    }

    private String tag(String current, HttpServletRequest request) {
        String query = request.getQueryString();
        String key = String.join("\n", build, current, request.getRequestURI() + (query == null ? "" : "?" + query),
                String.valueOf(request.getHeader("Accept")), String.valueOf(request.getHeader("Accept-Language")));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            // weak: the same content may be sent compressed or not (Jetty's gzip marks its own variant)
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Whether If-None-Match names the tag: "*", or one of a list, compared weakly as RFC 9110 says for GET. */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) return false;
        String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*")) return true;
            if (c.startsWith("W/")) c = c.substring(2);
            // Jetty's gzip handler sends its variant as "...--gzip" and does not always take the suffix off again
            if (c.endsWith("--gzip\"")) c = c.substring(0, c.length() - "--gzip\"".length()) + "\"";
            if (c.equals(opaque)) return true;
        }
        return false;
    }
}
