package org.dcgraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Refuses a request to a public route (the query endpoint however its path is spelled, and every other one) whose
 * body is larger than {@link #MAX_BODY_BYTES}, with 413 and a message, before Fuseki reads it: Fuseki reads a posted query whole into memory, however large. A body of declared length
 * is judged by its {@code Content-Length}; a chunked one is read up to the limit and no further. Forms are left to
 * Jetty's own form limit, which {@link DcgraphServer} sets to the same size.
 */
final class QuerySizeFilter implements Filter {
    /** Far above any hand-written query, and a VALUES block of several thousand IRIs still fits. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest httpRequest = (HttpServletRequest) request;
        if (AdminIngestServlet.isAdminRoute(httpRequest)) {
            chain.doFilter(request, response);
            return;
        }
        long declared = httpRequest.getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            refuse((HttpServletResponse) response, declared + " bytes");
        } else if (declared < 0 && hasBody(httpRequest) && isForm(httpRequest)) {
            readForm(httpRequest, (HttpServletResponse) response, chain);
        } else if (declared < 0 && hasBody(httpRequest)) {
            byte[] body = httpRequest.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES)
                refuse((HttpServletResponse) response, "more than " + MAX_BODY_BYTES + " bytes");
            else
                chain.doFilter(new ReadBody(httpRequest, body), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Jetty reads a form of unknown length up to its form limit (the same size) and fails past it; the failure is
     * turned into a plain-text answer naming the reason, where Jetty's own page says only that the form could not
     * be parsed.
     */
    private static void readForm(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            request.getParameterMap();
        } catch (BadMessageException e) {
            Throwable reason = e;
            while (reason.getCause() != null)
                reason = reason.getCause();
            PlainTextError.send(response, HttpServletResponse.SC_BAD_REQUEST, "The form sent to " + SparqlEndpoint.PATH
                    + " could not be read: " + reason.getMessage() + " (a query may have at most " + MAX_BODY_BYTES + " bytes)");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isForm(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase().startsWith(WebContent.contentTypeHTMLForm);
    }

    private static void refuse(HttpServletResponse response, String size) throws IOException {
        // The rest of the body stays unread; Jetty then closes the connection, which is what a client sending
        // megabytes to a query endpoint should get.
        PlainTextError.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "The request body has " + size + "; a query sent to " + SparqlEndpoint.PATH + " may have at most "
                + MAX_BODY_BYTES + " bytes");
    }

    /** The request with its body already read into memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
