package org.dcgraph.serve;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;
import org.dcgraph.query.ServiceGuard;

/**
 * A page, listing or description whose queries ran past the time limit answers 503 with {@code Retry-After}, in our
 * words, instead of Jetty's raw error page with status 500. It happens on a large store just after a start, when the
 * first reads meet a cold store; the same request a few seconds later finds it warm. The SPARQL endpoint and the named
 * queries answer their own time limits already; this is for every other route.
 */
final class TimeLimitReached implements Filter {
    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!cancelledByTimeLimit(e) || response.isCommitted()) throw e;
            HttpServletResponse http = (HttpServletResponse) response;
            http.reset(); // no validator or cache header of the answer that was not given
            http.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            PlainTextError.send(http, HttpServletResponse.SC_SERVICE_UNAVAILABLE, ((HttpServletRequest) request).getRequestURI()
                    + " took longer than this server's time limit (the store may still be warming up after a start): ask again in a few seconds");
        }
    }

    /** Whether the failure is a query stopped at its time limit (a refused SERVICE call is another matter). */
    private static boolean cancelledByTimeLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ServiceGuard.Failure) return false;
            if (t instanceof QueryCancelledException) return true;
        }
        return false;
    }
}
