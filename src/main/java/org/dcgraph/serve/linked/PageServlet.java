package org.dcgraph.serve.linked;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;

/**
 * {@code /page/{rest}}: the HTML page of {@code {base}id/{rest}}; a document's with the language version
 * {@code ?lang=} first and {@code ?second=} beside it, and {@code ?version=} one version's text alone, which the page's
 * switch fetches.
 */
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
            ResourcePage page = new ResourcePage(site, description, description.createResource(iri),
                    request.getParameter("lang"), request.getParameter("second"), tables);
            String version = request.getParameter("version");
            if (version == null) {
                Html.send(response, page.render());
                return;
            }
            String text = page.version(version);
            if (text == null)
                throw new RefusedRequest(HttpServletResponse.SC_NOT_FOUND, request, "<" + iri + "> has no text in the language " + version);
            Html.send(response, text);
        } catch (RefusedRequest e) {
            e.send(response);
        }
    }
}
