package org.dcgraph.serve.linked;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dcgraph.rdf.DCG;
import org.dcgraph.rdf.ELI;
import org.dcgraph.rdf.SCHEMA;

/** What a resource is called, in the description at hand: its names in each language, and the one to show. */
final class Names {
    /** The naming properties, most telling first. */
    static final List<Property> NAMING = List.of(SKOS.prefLabel, RDFS.label, ELI.title, DCTerms.title, SCHEMA.name, SKOS.altLabel);
    private static final String SHOWN_LANGUAGE = "en";

    private Names() {}

    /** Every name, one per property and language. */
    static List<Literal> all(Resource resource) {
        List<Literal> names = new ArrayList<>();
        for (Property p : NAMING)
            resource.listProperties(p).forEachRemaining(s -> {
                if (s.getObject().isLiteral() && names.stream().noneMatch(n -> n.equals(s.getLiteral())))
                    names.add(s.getLiteral());
            });
        return names;
    }

    /** The name to show: in English if there is one, else the first name; else the symbol; else the IRI's end. */
    static Literal shown(Resource resource) {
        List<Literal> names = all(resource);
        Optional<Literal> english = names.stream().filter(n -> n.getLanguage().equals(SHOWN_LANGUAGE)).findFirst();
        if (english.isPresent())
            return english.get();
        if (!names.isEmpty())
            return names.get(0);
        Statement symbol = resource.getProperty(DCG.symbol);
        if (symbol != null)
            return symbol.getLiteral();
        return resource.getModel().createLiteral(tail(resource));
    }

    /** Whether the description gives the resource a name or a symbol. */
    static boolean isNamed(Resource resource) {
        return !all(resource).isEmpty() || resource.hasProperty(DCG.symbol);
    }

    /** A name for any node: a literal's own text, a resource's shown name. */
    static Literal shown(RDFNode node) {
        return node.isLiteral() ? node.asLiteral() : shown(node.asResource());
    }

    private static String tail(Resource resource) {
        if (resource.isAnon())
            return "(blank node)";
        String iri = resource.getURI();
        String[] segments = iri.split("[/#]");
        String last = segments[segments.length - 1];
        // "op 15" says more than "15" for a paragraph known by its number
        return last.chars().allMatch(Character::isDigit) && segments.length > 1 ? segments[segments.length - 2] + " " + last : last;
    }
}
