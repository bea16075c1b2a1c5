package org.dcgraph.serve.linked;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The bounded description of one resource, from the queries under {@code describe/}: its own statements, the
 * statements that point at it, its parts, the names of everything linked, and the provenance of the graphs. A page
 * adds what a person compares the resource with (the words of its draft's paragraphs), which its data leaves out.
 */
final class Describer {
    private static final List<String> QUERIES = List.of("own", "inverse", "parts", "labels", "provenance", "counterparts");

    private final DatasetGraph dataset;
    private final ConstructQueries queries, forPages;

    Describer(DatasetGraph dataset, Duration timeout, String base) {
        this.dataset = dataset;
        this.queries = new ConstructQueries(dataset, timeout, base, QUERIES.stream().map(q -> "describe/" + q + ".rq").toList());
        this.forPages = new ConstructQueries(dataset, timeout, base, List.of("describe/counterpart-words.rq"));
    }

    /** Whether the graph says anything of the IRI, as subject or as object. */
    boolean knows(String iri) {
        Node node = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> dataset.find(Node.ANY, node, Node.ANY, Node.ANY).hasNext()
                                                || dataset.find(Node.ANY, Node.ANY, Node.ANY, node).hasNext());
    }

    /** The description, empty when the graph does not know the IRI. */
    Model describe(String iri) {
        return queries.run(Map.of("resource", NodeFactory.createURI(iri)));
    }

    /** The description and what the resource's page sets beside it. */
    Model describeForPage(String iri) {
        Model description = describe(iri);
        return description.isEmpty() ? description : description.add(forPages.run(Map.of("resource", NodeFactory.createURI(iri))));
    }
}
