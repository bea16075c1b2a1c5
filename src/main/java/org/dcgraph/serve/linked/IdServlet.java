package org.dcgraph.serve.linked;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /id/...}: the IRIs of things (resolutions, paragraphs, bodies, countries), which are not documents. Following
 * the W3C note "Cool URIs for the Semantic Web" (section 4.3, 303 URIs forwarding to different documents), a request
 * is answered 303 See Other with the location of the document that describes the thing in the negotiated form:
 * {@code /page/...} for HTML, {@code /data/....ttl} and its siblings for RDF. An IRI the graph does not have is 404.
 */
final class IdServlet extends HttpServlet {
    private final transient Site site;
    private final transient Describer describer;

    IdServlet(Site site, Describer describer) {
        this.site = site;
        this.describer = describer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.addHeader("Vary", "Accept");
        try {
            String iri = site.iri(Site.pathAfter(request, Site.ID));
            if (!describer.knows(iri))
                throw RefusedRequest.notFound(request, iri);
            Representation chosen = Negotiation.choose(request, Representation.values());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", chosen == Representation.HTML ? site.page(iri) : site.data(iri, chosen));
        } catch (RefusedRequest e) {
            e.send(response);
        }
    }
}
