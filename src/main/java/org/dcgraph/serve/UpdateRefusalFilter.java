package org.dcgraph.serve;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.web.HttpNames;

/**
 * Answers a SPARQL Update sent to any public route (the query endpoint however its path is spelled) with 403 and a message saying why. Fuseki's query operation
 * would refuse it anyway, but with 415 or "No 'query=' parameter", which does not tell the sender that updates
 * are not offered at all.
 */
final class UpdateRefusalFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest httpRequest = (HttpServletRequest) request;
        if (AdminIngestServlet.isAdminRoute(httpRequest)) {
            chain.doFilter(request, response);
            return;
        }
        if (isUpdateBody(httpRequest)) {
            // Read the unwanted body: Jetty closes a connection whose request body is left unread, and a client
            // reusing it for its next request would fail.
            httpRequest.getInputStream().transferTo(OutputStream.nullOutputStream());
            refuse((HttpServletResponse) response);
        } else if (httpRequest.getParameter(HttpNames.paramUpdate) != null) {
            refuse((HttpServletResponse) response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isUpdateBody(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null
               && WebContent.contentTypeSPARQLUpdate.equalsIgnoreCase(ContentType.create(contentType).getContentTypeStr());
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        PlainTextError.send(response, HttpServletResponse.SC_FORBIDDEN,
                "SPARQL Update is not accepted: this service is read-only and " + SparqlEndpoint.PATH + " answers queries only");
    }
}
