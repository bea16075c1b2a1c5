package org.dcgraph.serve.linked;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;

/**
 * A description computed per request (VoID, the service description), in the RDF syntax negotiated; a browser gets
 * the Turtle on a page, so the header's "VoID" link shows something a person can read.
 */
final class DescriptionServlet extends HttpServlet {
    /** RDF first: a client that accepts anything is a program more often than a person. */
    static final Representation[] OFFERED = {Representation.TURTLE, Representation.JSONLD, Representation.RDFXML,
                                             Representation.NTRIPLES, Representation.HTML};

    private final transient String title;
    private final transient Function<HttpServletRequest, Model> description;

    DescriptionServlet(String title, Function<HttpServletRequest, Model> description) {
        this.title = title;
        this.description = description;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.addHeader("Vary", "Accept");
        try {
            Representation form = Negotiation.choose(request, OFFERED);
            Model model = description.apply(request);
            String context = Site.origin(request) + RdfWriting.CONTEXT_PATH;
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(form.mediaType());
            response.setCharacterEncoding("UTF-8");
            if (form == Representation.HTML)
                response.getOutputStream().write(page(model, context).getBytes(StandardCharsets.UTF_8));
            else
                RdfWriting.write(response.getOutputStream(), model, form, context);
        } catch (RefusedRequest e) {
            e.send(response);
        }
    }

    private String page(Model model, String context) {
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RdfWriting.write(turtle, model, Representation.TURTLE, context);
        return Html.head(title, "") + "<h1>" + Html.escape(title) + "</h1>\n<p>This page is the Turtle form; ask with "
               + "<code>Accept: text/turtle</code>, <code>application/ld+json</code>, <code>application/rdf+xml</code> or "
               + "<code>application/n-triples</code>, or add <code>?format=ttl</code>, <code>jsonld</code>, <code>rdf</code> or "
               + "<code>nt</code>.</p>\n<pre class=\"turtle\">" + Html.escape(turtle.toString(StandardCharsets.UTF_8))
               + "</pre>\n</main>\n</body>\n</html>\n";
    }
}
