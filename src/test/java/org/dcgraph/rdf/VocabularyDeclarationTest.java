package org.dcgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dcgraph.Fixtures;
import org.junit.jupiter.api.Test;

/** Every term the code uses from the dcgraph namespace is declared in the ontology, with labels in English, Arabic and Persian. */
class VocabularyDeclarationTest {
    @Test
    void everyDcgConstantIsDeclaredWithLabelsInThreeLanguages() throws IllegalAccessException {
        Model ontology = Fixtures.REFERENCE.model();
        List<String> missing = new ArrayList<>();
        for (Field f : DCG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !RDFNode.class.isAssignableFrom(f.getType())) continue;
            Resource term = ontology.getResource(((RDFNode) f.get(null)).asResource().getURI());
            if (!ontology.contains(term, RDF.type)) {
                missing.add(term.getLocalName() + " (not declared)");
                continue;
            }
            for (String lang : new String[] {"en", "ar", "fa"}) {
                boolean labelled = term.listProperties(RDFS.label).toList().stream().anyMatch(s -> lang.equals(s.getLanguage()));
                if (!labelled) missing.add(term.getLocalName() + " (no rdfs:label@" + lang + ")");
            }
        }
        assertEquals(List.of(), missing);
    }
}
