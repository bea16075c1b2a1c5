package org.dcgraph.serve.linked;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.dcgraph.rdf.DCG;

/**
 * {@code /akn/...}: the Akoma Ntoso name of a work, as the UN's own files write it (AKN4UN, e.g.
 * {@code /akn/un/statement/deliberation/unga/2024-07-01/78-311/}, with or without the final slash), or of one language
 * version ({@code .../78-311/eng@/}), answered 303 See Other with the IRI of the resource that carries it as
 * {@code dcg:akomaNtosoName} or {@code dcg:akomaNtosoExpressionName}, so a system that knows documents by their AKN
 * names meets ours.
 */
final class AknServlet extends HttpServlet {
    static final String PATH = "/akn/";

    private final transient Site site;
    private final transient DatasetGraph dataset;

    AknServlet(Site site, DatasetGraph dataset) {
        this.site = site;
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = PATH + Site.pathAfter(request, PATH);
        String iri = Txn.calculateRead(dataset, () -> {
            String work = holder(DCG.akomaNtosoName.asNode(), name);
            return work != null ? work : holder(DCG.akomaNtosoExpressionName.asNode(), name);
        });
        if (iri == null) {
            new RefusedRequest(HttpServletResponse.SC_NOT_FOUND, request, "no document has the Akoma Ntoso name " + name).send(response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", site.link(iri));
    }

    /** The resource with this name, written with or without the final slash of the UN's own FRBR names. */
    private String holder(Node property, String name) {
        String other = name.endsWith("/") ? name.substring(0, name.length() - 1) : name + "/";
        for (String candidate : new String[] {name, other}) {
            String iri = dataset.stream(Node.ANY, Node.ANY, property, NodeFactory.createLiteralString(candidate))
                    .map(Quad::getSubject).filter(Node::isURI).map(Node::getURI).sorted().findFirst().orElse(null);
            if (iri != null) return iri;
        }
        return null;
    }
}
