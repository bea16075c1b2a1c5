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
 * recommendation), which Fuseki does not produce. Every other request goes on to the endpoint.
 */
final class ServiceDescriptionFilter implements Filter {
    private final DatasetDescription descriptions;

    ServiceDescriptionFilter(DatasetDescription descriptions) {
        this.descriptions = descriptions;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        boolean bare = "GET".equals(http.getMethod()) && http.getParameterMap().keySet().stream().allMatch(Negotiation.FORMAT::equals);
        if (bare)
            DescriptionServlet.answer(http, (HttpServletResponse) response, descriptions::serviceDescription);
        else
            chain.doFilter(request, response);
    }
}
