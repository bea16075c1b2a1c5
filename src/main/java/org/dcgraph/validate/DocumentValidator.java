package org.dcgraph.validate;

import java.util.Collection;
import java.util.stream.Collectors;
import org.dcgraph.ClasspathResources;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
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
        this.shapes = Shapes.parse(loadShapes());
        this.reference = reference.getGraph();
    }

    /** Null when the graphs conform; otherwise the first violations, one line, in English. */
    public String problems(Collection<Model> graphs) {
        return problems(graphs, "en");
    }

    /**
     * Null when the graphs conform; otherwise the first violations, one line, each in the given language when the
     * shapes have a message in it (English and Arabic), else in English.
     */
    public String problems(Collection<Model> graphs, String language) {
        MultiUnion data = new MultiUnion();
        graphs.forEach(m -> data.addGraph(m.getGraph()));
        data.addGraph(reference);
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (report.conforms()) return null;
        return report.getEntries().stream().limit(MESSAGES_SHOWN)
                .map(e -> e.focusNode() + ": " + message(e, language))
                .collect(Collectors.joining("; ")) + (report.getEntries().size() > MESSAGES_SHOWN
                ? " (and " + (report.getEntries().size() - MESSAGES_SHOWN) + " more)" : "");
    }

    private static String message(ReportEntry entry, String language) {
        for (String wanted : new String[] {language, "en"}) {
            for (Node m : entry.messages()) {
                if (m.isLiteral() && wanted.equals(m.getLiteralLanguage())) return m.getLiteralLexicalForm();
            }
        }
        return entry.message();
    }

    private static Graph loadShapes() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ClasspathResources.text("ontology/shapes.ttl"), Lang.TURTLE).parse(g);
        return g;
    }
}
