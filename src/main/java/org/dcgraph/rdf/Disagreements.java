package org.dcgraph.rdf;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.dcgraph.extract.ExtractedDocument;
import org.dcgraph.link.SourceDisagreement;

/**
 * The disagreements between the sources of a document, for the links graph: each names the document, the
 * fact, and one claim per source with its value and the source file it came from.
 */
public final class Disagreements {
    private Disagreements() {}

    public static Model of(Iris iris, DocumentGraphs writer, List<SourceDisagreement> disagreements) {
        Model m = ModelFactory.createDefaultModel();
        for (SourceDisagreement d : disagreements) {
            String docIri = writer.iriOf(d.text());
            Resource node = m.createResource(docIri + "/disagreement/" + d.fact().replace(' ', '-'));
            node.addProperty(RDF.type, DCG.SourceDisagreement).addProperty(DCG.disagreementOf, m.createResource(docIri))
                    .addProperty(DCG.fact, d.fact(), "en");
            claim(iris, m, node, d.text(), d.textValue());
            claim(iris, m, node, d.markup(), d.markupValue());
        }
        return m;
    }

    private static void claim(Iris iris, Model m, Resource node, ExtractedDocument source, String value) {
        String sha = source.source().sha256();
        Resource claim = m.createResource(node.getURI() + "/" + sha.substring(0, 16));
        node.addProperty(DCG.claim, claim);
        claim.addProperty(RDF.value, value).addProperty(PROV.wasDerivedFrom, m.createResource(iris.source(sha)));
    }
}
