package org.dcgraph.serve;

import java.io.IOException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dcgraph.rdf.DCG;

/**
 * {@code GET /akn/...}: an Akoma Ntoso name, as the UN's own files give it (the work
 * {@code /akn/un/statement/deliberation/unga/2024-07-01/78-311/} or one language version of it,
 * {@code .../78-311/eng@/}), answered with 303 See Other to the resource of dcgraph that carries the name,
 * on this host; 404 when no resource does. Systems that speak AKN meet the graph this way.
 */
final class AknNameServlet extends HttpServlet {
    static final String PATH = "/akn";

    private final DatasetGraph dataset;

    AknNameServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getRequestURI().substring(request.getContextPath().length());
        String iri = Txn.calculateRead(dataset, () -> {
            String found = holder(DCG.akomaNtosoName.asNode(), name);
            return found != null ? found : holder(DCG.akomaNtosoExpressionName.asNode(), name);
        });
        int local = iri == null ? -1 : iri.indexOf("id/doc/");
        if (local < 0) {
            PlainTextError.send(response, HttpServletResponse.SC_NOT_FOUND, "no document of this graph has the Akoma Ntoso name " + name);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", "/" + iri.substring(local));
    }

    /** The resource with this name, written with or without its final slash. */
    private String holder(Node property, String name) {
        String other = name.endsWith("/") ? name.substring(0, name.length() - 1) : name + "/";
        for (String candidate : new String[] {name, other}) {
            var it = dataset.find(Node.ANY, Node.ANY, property, NodeFactory.createLiteralString(candidate));
            if (it.hasNext()) return it.next().getSubject().getURI();
        }
        return null;
    }
}
