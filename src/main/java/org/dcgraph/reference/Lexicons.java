package org.dcgraph.reference;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.dcgraph.normalise.BodyFontDamage;
import org.dcgraph.rdf.DCG;

/**
 * Name finders built from the reference data, one per kind of name and language, built on first use.
 * A finder for one language also knows the capitalised acronyms of every language, since Arabic
 * texts cite UNESCO or IGF in Latin letters too.
 */
public final class Lexicons {
    /** The kinds of names the extractors look for. */
    public enum Kind { BODY, GROUP, STATE_GROUP, COUNTRY, GOAL_KEYWORD, INSTRUMENT, TOPIC, SCHEME, REPORT }

    /** Shorter names, once damaged, would match pieces of other words. */
    private static final int MIN_DAMAGED_LABEL = 4;

    private final Model model;
    private final Map<String, NameFinder> finders = new ConcurrentHashMap<>();

    public Lexicons(ReferenceData data) {
        this.model = data.model();
    }

    public NameFinder finder(Kind kind, String language) {
        return finders.computeIfAbsent(kind + "@" + language, k -> NameFinder.of(labels(kind, language)));
    }

    /**
     * A finder for names as a text layer printed in the damaged Arabic body font prints them
     * ({@link BodyFontDamage}), with the comma or full stop that font glues to a word (printed ي and و).
     */
    public NameFinder damagedFinder(Kind kind, String language) {
        return finders.computeIfAbsent(kind + "@" + language + "@damaged", k -> {
            Map<String, String> damaged = new LinkedHashMap<>();
            labels(kind, language).forEach((label, iri) -> {
                String printed = BodyFontDamage.instance().damage(label).strip();
                if (printed.codePointCount(0, printed.length()) < MIN_DAMAGED_LABEL) return;
                damaged.putIfAbsent(printed, iri);
                if (!isAcronym(label)) {
                    damaged.putIfAbsent(printed + "ي", iri);
                    damaged.putIfAbsent(printed + "و", iri);
                }
            });
            return NameFinder.of(damaged);
        });
    }

    private Map<String, String> labels(Kind kind, String language) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Resource r : subjects(kind)) {
            for (Property p : labelProperties(kind)) {
                for (Statement s : r.listProperties(p).toList()) {
                    RDFNode o = s.getObject();
                    if (!o.isLiteral()) continue;
                    Literal l = o.asLiteral();
                    String text = l.getLexicalForm();
                    if (language.equals(l.getLanguage()) || isAcronym(text)) labels.putIfAbsent(text, r.getURI());
                }
            }
        }
        return labels;
    }

    private Iterable<Resource> subjects(Kind kind) {
        Map<String, Resource> found = new HashMap<>();
        switch (kind) {
            case BODY -> {
                model.listSubjectsWithProperty(RDF.type, DCG.Body).forEach(r -> found.put(r.getURI(), r));
                model.listSubjectsWithProperty(RDF.type, DCG.Process).forEach(r -> found.put(r.getURI(), r));
            }
            case GROUP -> model.listSubjectsWithProperty(RDF.type, DCG.Group).forEach(r -> found.put(r.getURI(), r));
            case STATE_GROUP -> model.listSubjectsWithProperty(RDF.type, DCG.StateGroup).forEach(r -> found.put(r.getURI(), r));
            case COUNTRY -> model.listSubjectsWithProperty(RDF.type, DCG.Country).forEach(r -> found.put(r.getURI(), r));
            case GOAL_KEYWORD -> model.listSubjectsWithProperty(DCG.keyword).forEach(r -> found.put(r.getURI(), r));
            case INSTRUMENT -> model.listSubjectsWithProperty(DCG.symbol).forEach(r -> found.put(r.getURI(), r));
            case TOPIC -> model.listSubjectsWithProperty(RDF.type, DCG.Topic).forEach(r -> found.put(r.getURI(), r));
            case SCHEME -> model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).forEach(r -> found.put(r.getURI(), r));
            case REPORT -> model.listSubjectsWithProperty(RDF.type, DCG.Report).forEach(r -> found.put(r.getURI(), r));
        }
        return found.values();
    }

    private static Property[] labelProperties(Kind kind) {
        return switch (kind) {
            case GOAL_KEYWORD -> new Property[] {DCG.keyword};
            // A topic's labels are for display; its hidden labels are the terms that tag a text with it.
            case TOPIC -> new Property[] {SKOS.hiddenLabel};
            default -> new Property[] {SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel};
        };
    }

    private static boolean isAcronym(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        return letters >= 2 && text.chars().filter(Character::isLetter).allMatch(c -> c < 128 && Character.isUpperCase(c));
    }
}
