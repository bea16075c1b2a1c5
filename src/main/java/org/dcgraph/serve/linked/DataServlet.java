package org.dcgraph.serve.linked;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;

/**
 * {@code /data/{rest}.{ext}}: the description of {@code {base}id/{rest}} in the RDF syntax the extension names (ttl,
 * jsonld, rdf, nt). Each form has its own URL, so a link to "this data as Turtle" is a plain link.
 */
final class DataServlet extends HttpServlet {
    private final transient Site site;
    private final transient Describer describer;

    DataServlet(Site site, Describer describer) {
        this.site = site;
        this.describer = describer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String rest = Site.pathAfter(request, Site.DATA);
            int dot = rest.lastIndexOf('.');
            Representation form = dot < 0 ? null : Representation.named(rest.substring(dot + 1))
                    .filter(r -> r != Representation.HTML).orElse(null);
            if (form == null)
                throw new RefusedRequest(HttpServletResponse.SC_NOT_FOUND, request,
                        "a data URL ends in the extension of an RDF syntax: .ttl, .jsonld, .rdf or .nt");
            String iri = site.iri(rest.substring(0, dot));
            Model description = describer.describe(iri);
            if (description.isEmpty())
                throw RefusedRequest.notFound(request, iri);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(form.mediaType());
            response.setCharacterEncoding("UTF-8");
            RdfWriting.write(response.getOutputStream(), description, form, Site.origin(request) + RdfWriting.CONTEXT_PATH);
        } catch (RefusedRequest e) {
            e.send(response);
        }
    }
}
