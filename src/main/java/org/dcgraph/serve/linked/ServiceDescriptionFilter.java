package org.dcgraph.serve.linked;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /sparql} with no query: the SPARQL 1.1 Service Description of the endpoint (section 2 of that
 * recommendation), which Fuseki does not produce. A browser is sent to the home page's editor instead. Every other
 * request goes on to the endpoint.
 */
final class ServiceDescriptionFilter implements Filter {
    static final String EDITOR = "/#sparql";

    private final DescriptionServlet description;

    ServiceDescriptionFilter(DatasetDescription descriptions) {
        this.description = new DescriptionServlet("SPARQL service description", descriptions::serviceDescription);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        boolean bare = "GET".equals(http.getMethod()) && http.getParameterMap().keySet().stream().allMatch(Negotiation.FORMAT::equals);
        if (!bare) {
            chain.doFilter(request, response);
        } else if (http.getParameter(Negotiation.FORMAT) == null
                   && Representation.negotiate(http.getHeader("Accept"), DescriptionServlet.OFFERED)
                                 .filter(r -> r == Representation.HTML).isPresent()) {
            httpResponse.addHeader("Vary", "Accept");
            httpResponse.setStatus(HttpServletResponse.SC_SEE_OTHER);
            httpResponse.setHeader("Location", EDITOR);
        } else {
            description.service(request, response);
        }
    }
}
