package org.dcgraph.serve;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: client, method, path, status, time and the first {@value #QUERY_CHARS} characters of
 * its query. Fuseki's own logging wrote four lines per query with the query whole (a posted 100 MB query was one
 * 105 MB line) and as sent, so a query holding a line break and a date could add a line that looked like the
 * server's. Here every line break, control or invisible formatting character of the request is written as
 * {@code \\uXXXX}.
 */
final class RequestLog implements Filter {
    /** The request attribute under which the SPARQL endpoint leaves the query text it read. */
    static final String QUERY = RequestLog.class.getName() + ".query";
    static final int QUERY_CHARS = 200;
    private static final int PATH_CHARS = 200;
    private static final Logger LOG = LoggerFactory.getLogger("org.dcgraph.serve.Requests");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            HttpServletRequest http = (HttpServletRequest) request;
            int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : ((HttpServletResponse) response).getStatus();
            LOG.info(line(http, status, (System.nanoTime() - start) / 1_000_000));
        }
    }

    private static String line(HttpServletRequest request, int status, long millis) {
        StringBuilder line = new StringBuilder()
                .append(printable(request.getRemoteAddr(), PATH_CHARS)).append(' ')
                .append(printable(request.getMethod(), PATH_CHARS)).append(' ')
                .append(printable(request.getRequestURI(), PATH_CHARS)).append(' ')
                .append(status).append(' ').append(millis).append(" ms");
        if (request.getAttribute(QUERY) instanceof String query)
            line.append(" query=\"").append(printable(query, QUERY_CHARS)).append('"');
        return line.toString();
    }

    /** The text's first {@code most} characters, one line of visible characters, and its length when cut. */
    static String printable(String text, int most) {
        if (text == null) return "-";
        StringBuilder out = new StringBuilder();
        int end = Math.min(text.length(), most);
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1)))
            end--; // not half a character
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (c == '"' || c == '\\')
                out.append('\\').append(c);
            else if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                     || type == Character.PARAGRAPH_SEPARATOR)
                out.append(String.format("\\u%04x", (int) c));
            else
                out.append(c);
        }
        if (end < text.length())
            out.append("...(").append(text.length()).append(" characters)");
        return out.toString();
    }
}
