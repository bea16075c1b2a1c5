package org.dcgraph.serve.linked;

import java.io.IOException;
import java.util.function.Function;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;

/** A description computed per request (VoID, the service description), in the RDF syntax negotiated. */
final class DescriptionServlet extends HttpServlet {
    private final transient Function<HttpServletRequest, Model> description;

    DescriptionServlet(Function<HttpServletRequest, Model> description) {
        this.description = description;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, description);
    }

    static void answer(HttpServletRequest request, HttpServletResponse response,
                       Function<HttpServletRequest, Model> description) throws IOException {
        response.addHeader("Vary", "Accept");
        try {
            Representation form = Negotiation.choose(request, Representation.rdf());
            Model model = description.apply(request);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(form.mediaType());
            response.setCharacterEncoding("UTF-8");
            RdfWriting.write(response.getOutputStream(), model, form, Site.origin(request) + RdfWriting.CONTEXT_PATH);
        } catch (RefusedRequest e) {
            e.send(response);
        }
    }
}
