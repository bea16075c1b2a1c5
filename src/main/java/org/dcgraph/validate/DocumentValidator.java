package org.dcgraph.validate;

import java.util.Collection;
import java.util.stream.Collectors;
import org.dcgraph.ClasspathResources;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The validation gate: a document's graphs, read together with the reference data, must conform to the
 * shapes in {@code ontology/shapes.ttl} before they may reach the store.
 */
public final class DocumentValidator {
    private static final int MESSAGES_SHOWN = 3;

    private final Shapes shapes;
    private final Graph reference;

    public DocumentValidator(Model reference) {
        this.shapes = Shapes.parse(englishMessagesOnly(loadShapes()));
        this.reference = reference.getGraph();
    }

    /**
     * Jena's SHACL parser accepts one {@code sh:message} per shape, while the shapes file gives one per
     * language (as SHACL allows); the reports of a build are in English, so the others are set aside.
     */
    private static Graph englishMessagesOnly(Graph shapesGraph) {
        Graph copy = GraphFactory.createDefaultGraph();
        shapesGraph.find().forEachRemaining(t -> {
            boolean otherLanguageMessage = t.getPredicate().equals(SHACL.message) && t.getObject().isLiteral()
                    && !"en".equals(t.getObject().getLiteralLanguage());
            if (!otherLanguageMessage) copy.add(t);
        });
        return copy;
    }

    /** Null when the graphs conform; otherwise the first violations, one line. */
    public String problems(Collection<Model> graphs) {
        MultiUnion data = new MultiUnion();
        graphs.forEach(m -> data.addGraph(m.getGraph()));
        data.addGraph(reference);
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (report.conforms()) return null;
        return report.getEntries().stream().limit(MESSAGES_SHOWN)
                .map(e -> e.focusNode() + ": " + e.message())
                .collect(Collectors.joining("; ")) + (report.getEntries().size() > MESSAGES_SHOWN
                ? " (and " + (report.getEntries().size() - MESSAGES_SHOWN) + " more)" : "");
    }

    private static Graph loadShapes() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ClasspathResources.text("ontology/shapes.ttl"), Lang.TURTLE).parse(g);
        return g;
    }
}
