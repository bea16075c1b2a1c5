package org.dcgraph.serve.linked;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;

/** {@code /page/{rest}}: the HTML page of {@code {base}id/{rest}}. */
final class PageServlet extends HttpServlet {
    private final transient Site site;
    private final transient Describer describer;

    PageServlet(Site site, Describer describer) {
        this.site = site;
        this.describer = describer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String iri = site.iri(Site.pathAfter(request, Site.PAGE));
            Model description = describer.describe(iri);
            if (description.isEmpty())
                throw RefusedRequest.notFound(request, iri);
            byte[] html = new ResourcePage(site, description, description.createResource(iri)).render().getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(html.length);
            response.getOutputStream().write(html);
        } catch (RefusedRequest e) {
            e.send(response);
        }
    }
}
