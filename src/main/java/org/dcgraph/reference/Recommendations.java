package org.dcgraph.reference;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

/** The codes of the High-level Panel's recommendations (1A ... 5B), from the concept scheme in {@code ontology/recommendations.ttl}. */
public final class Recommendations {
    private Recommendations() {}

    public static Set<String> codes(ReferenceData data) {
        Resource scheme = data.model().createResource(data.base() + "id/recommendation");
        Set<String> codes = new TreeSet<>();
        data.model().listSubjectsWithProperty(SKOS.inScheme, scheme)
                .forEach(r -> r.listProperties(SKOS.notation).forEach(s -> codes.add(s.getString())));
        return codes;
    }
}
