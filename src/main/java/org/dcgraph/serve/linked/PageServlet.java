package org.dcgraph.serve.linked;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;

/** {@code /page/{rest}}: the HTML page of {@code {base}id/{rest}}. */
final class PageServlet extends HttpServlet {
    private final transient Site site;
    private final transient Describer describer;
    private final transient DocumentTables tables;

    PageServlet(Site site, Describer describer, DocumentTables tables) {
        this.site = site;
        this.describer = describer;
        this.tables = tables;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String iri = site.iri(Site.pathAfter(request, Site.PAGE));
            Model description = describer.describeForPage(iri);
            if (description.isEmpty())
                throw RefusedRequest.notFound(request, iri);
            Html.send(response, new ResourcePage(site, description, description.createResource(iri), tables).render());
        } catch (RefusedRequest e) {
            e.send(response);
        }
    }
}
